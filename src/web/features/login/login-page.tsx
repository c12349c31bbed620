import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../session/session.js';
import { LoginView } from './login-view.js';
import { useLogin } from './use-login.js';

/** /login: signs in, then goes to the start page (or back to the page that sent the person here). */
export function LoginPage() {
  const { state } = useSession();
  const { login, pending, error } = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const target = typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
  if (state.status === 'signedIn' && !pending) return <Navigate to={target} replace />;
  const onSubmit = async (email: string, password: string) => {
    if (await login(email, password)) await navigate(target, { replace: true });
  };
  return <LoginView pending={pending} error={error} onSubmit={(e, p) => void onSubmit(e, p)} />;
}
