import { InputField } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";

/** A field for choosing a password (sign-up, change, reset): one wording of the rules everywhere. */
export function NewPasswordField({ name, label, errors }: { name: string; label: string; errors?: string[] }) {
  return (
    <InputField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well; common passwords are refused.`}
      errors={errors}
    />
  );
}
