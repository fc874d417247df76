import { activeLang } from '../../i18n';

/** The platform's password rule (identity/password-rule.ts), checked before sending so people see it as they type. */
export function passwordRules() {
  const en = activeLang() === 'en';
  return [
    { required: true, message: en ? 'Enter a password' : '请输入密码' },
    {
      validator: (_: unknown, v: string) => {
        if (!v) return Promise.resolve();
        if (v.length < 10) return Promise.reject(new Error(en ? 'At least 10 characters' : '至少 10 个字符'));
        const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
        if (kinds < 3) return Promise.reject(new Error(en ? 'Use three of: upper case, lower case, digits, symbols' : '须包含大写字母、小写字母、数字、符号中的至少三类'));
        return Promise.resolve();
      },
    },
  ];
}
