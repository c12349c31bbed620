/** E-mail addresses are compared case-insensitively and without surrounding space. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The domain of an address, lower-case ("Anna@Jarfalla.SE" -> "jarfalla.se"); empty when there
 * is no '@'.
 */
export function emailDomainOf(email: string): string {
  const normalized = normalizeEmail(email);
  const at = normalized.lastIndexOf('@');
  return at < 0 ? '' : normalized.slice(at + 1);
}

/**
 * A host name as an e-mail domain may be (RFC 1035 section 2.3.1 labels, at least two of them,
 * lower-case): "jarfalla.se", "kommun.example". The same rule as the CHECK of migration 0013.
 */
const DOMAIN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function isEmailDomain(text: string): boolean {
  return text.length <= 253 && DOMAIN.test(text);
}

/** Whether the address is at one of the domains (compared lower-case). */
export function isAddressInDomains(email: string, domains: readonly string[]): boolean {
  const domain = emailDomainOf(email);
  return domain !== '' && domains.includes(domain);
}
