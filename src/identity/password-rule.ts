/** The password rule for accounts set by an administrator or on the command line. Pure. */
export const MIN_PASSWORD_LENGTH = 10;

/** Why a password is too weak, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (password.length > 256) return '不超过 256 个字符';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) return '须包含大写字母、小写字母、数字、符号中的至少三类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '不能包含用户名';
  return null;
}
