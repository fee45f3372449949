"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { NewPasswordField } from "@/components/new-password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import {
  changePasswordAction,
  createInviteAction,
  signOutOtherSessionsAction,
  signOutSessionAction,
  withdrawInviteAction,
} from "./actions";

export interface DeviceRow {
  id: string;
  device: string;
  signedIn: string;
  lastActive: string;
  isThisDevice: boolean;
}

export interface InviteRow {
  id: string;
  expires: string;
}

/** Change password, the signed-in devices, and (when sign-up is by invitation) invites. */
export function SecuritySection({ devices, invites }: { devices: DeviceRow[]; invites: InviteRow[] | null }) {
  return (
    <div className="space-y-6">
      <ChangePassword />
      <Devices devices={devices} />
      {invites && <Invites invites={invites} />}
    </div>
  );
}

function ChangePassword() {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await changePasswordAction(formData);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage(
          result.fieldErrors ? null : { tone: "error", text: result.formError ?? "Your password was not changed. Please try again." },
        );
        return;
      }
      setFieldErrors({});
      formRef.current?.reset();
      const ended = result.data.otherSessionsEnded;
      setMessage({
        tone: "success",
        text: `Password changed.${ended > 0 ? ` ${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : ""}`,
      });
    });
  }

  return (
    <div>
      <h3 className="font-semibold">Change your password</h3>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Every other browser signed in to your account is signed out.</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <InputField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={fieldErrors.currentPassword}
        />
        <NewPasswordField label="New password" name="newPassword" errors={fieldErrors.newPassword} />
        <Button type="submit" variant="secondary" pending={pending} pendingLabel="Changing…">
          Change password
        </Button>
      </form>
    </div>
  );
}

function Devices({ devices }: { devices: DeviceRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const others = devices.filter((device) => !device.isThisDevice).length;

  function run(action: () => Promise<{ ok: boolean; formError?: string }>, success: string) {
    if (pending) return;
    startTransition(async () => {
      const result = await action();
      setMessage(
        result.ok
          ? { tone: "success", text: success }
          : { tone: "error", text: result.formError ?? "Nothing was changed. Please try again." },
      );
      router.refresh();
    });
  }

  return (
    <div className="border-t border-stone-200 pt-6 dark:border-stone-800">
      <h3 className="font-semibold">Where you are signed in</h3>
      {message && (
        <div className="mt-3">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      <ul
        className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800"
        aria-label="Signed-in browsers"
      >
        {devices.map((device) => (
          <li key={device.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2.5">
            <div className="min-w-0">
              <p className="font-medium">
                {device.device}
                {device.isThisDevice && (
                  <span className="ml-2 rounded-full bg-leaf-100 px-2 py-0.5 text-xs font-medium text-leaf-900 dark:bg-leaf-900 dark:text-leaf-100">
                    This browser
                  </span>
                )}
              </p>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {device.lastActive} · {device.signedIn}
              </p>
            </div>
            {!device.isThisDevice && (
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() => run(() => signOutSessionAction({ id: device.id }), `${device.device} was signed out.`)}
                aria-label={`Sign out ${device.device}, ${device.lastActive.toLowerCase()}`}
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button
        type="button"
        variant="secondary"
        className="mt-3"
        disabled={others === 0}
        pending={pending}
        pendingLabel="Signing out…"
        onClick={() => run(() => signOutOtherSessionsAction({}), "Every other browser was signed out.")}
      >
        Sign out everywhere else
      </Button>
      {others === 0 && (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">This is the only browser signed in to your account.</p>
      )}
    </div>
  );
}

function Invites({ invites }: { invites: InviteRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function create() {
    if (pending) return;
    startTransition(async () => {
      const result = await createInviteAction({});
      if (!result.ok) {
        setMessage({ tone: "error", text: result.formError ?? "No invite was made. Please try again." });
        return;
      }
      setMessage(null);
      setLink(new URL(result.data.path, window.location.origin).toString());
      router.refresh();
    });
  }

  function withdraw(id: string) {
    if (pending) return;
    startTransition(async () => {
      const result = await withdrawInviteAction({ id });
      setMessage(
        result.ok
          ? { tone: "success", text: "The invite was withdrawn." }
          : { tone: "error", text: result.formError ?? "Please try again." },
      );
      router.refresh();
    });
  }

  return (
    <div className="border-t border-stone-200 pt-6 dark:border-stone-800">
      <h3 className="font-semibold">Invite someone</h3>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Sign-up here is by invitation. An invite link works once, for 7 days. Send it to the person yourself.
      </p>
      {message && (
        <div className="mt-3">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      {link && (
        <div className="mt-3">
          <label htmlFor="invite-link" className="block text-sm font-medium">
            Your new invite link (shown once)
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="invite-link"
              readOnly
              value={link}
              className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-950"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button type="button" variant="secondary" onClick={() => void navigator.clipboard?.writeText(link)}>
              Copy
            </Button>
          </div>
        </div>
      )}
      <Button type="button" variant="secondary" className="mt-3" pending={pending} pendingLabel="Making a link…" onClick={create}>
        Make an invite link
      </Button>
      {invites.length > 0 && (
        <ul className="mt-3 space-y-2" aria-label="Unused invites">
          {invites.map((invite) => (
            <li key={invite.id} className="flex items-center justify-between gap-2 text-sm">
              <span>Unused invite, {invite.expires}</span>
              <Button type="button" variant="secondary" disabled={pending} onClick={() => withdraw(invite.id)}>
                Withdraw
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
