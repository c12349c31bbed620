import { api } from '../../api/client.js';
import { useSubmission, type Submission } from '../../api/use-api-get.js';
import type { Session } from '../../api/types.js';
import { useSession } from '../../session/session.js';

/** Signs in with e-mail and password; on success the session is in place. */
export function useLogin(): Submission & { login: (email: string, password: string) => Promise<boolean> } {
  const submission = useSubmission();
  const { signIn } = useSession();
  const login = (email: string, password: string) =>
    submission.run(async () => signIn(await api.post<Session>('/api/auth/login', { email, password })));
  return { ...submission, login };
}
