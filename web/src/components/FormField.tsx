import { Input, InputNumber, Radio, Select } from 'antd';
import type { MergedField } from '../api/forms';
import { useT } from '../i18n';

/** The input for one merged-form field, by its type. */
export function FieldInput({ field, id, ...rest }: { field: MergedField; id?: string; value?: unknown; onChange?: (v: unknown) => void; onBlur?: () => void }) {
  const t = useT();
  const value = rest.value;
  const onChange = rest.onChange ?? (() => {});
  const common = { id, onBlur: rest.onBlur };
  switch (field.type) {
    case 'number':
      return <InputNumber {...common} value={value as number | null} onChange={(v) => onChange(v)} min={field.min} max={field.max} suffix={field.unit} style={{ width: '100%', maxWidth: 240 }} />;
    case 'enum':
      return <Select {...common} value={value as string | undefined} onChange={onChange} options={field.options ?? []} allowClear style={{ maxWidth: 360 }} />;
    case 'boolean':
      return (
        <Radio.Group
          {...common}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          options={[
            { value: true, label: t('yes') },
            { value: false, label: t('no') },
          ]}
        />
      );
    case 'textarea':
      return <Input.TextArea {...common} value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)} rows={3} maxLength={field.maxLength} />;
    case 'date':
      return <Input {...common} type="date" value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)} style={{ maxWidth: 200 }} />;
    default:
      return (
        <Input
          {...common}
          value={(value as string) ?? ''}
          onChange={(e) => onChange(e.target.value)}
          maxLength={field.maxLength ?? (field.type === 'uscc' || field.type === 'idNumber' ? 18 : undefined)}
          inputMode={field.type === 'phone' ? 'tel' : undefined}
          type={field.type === 'email' ? 'email' : 'text'}
          style={{ maxWidth: field.type === 'address' ? undefined : 420 }}
        />
      );
  }
}
