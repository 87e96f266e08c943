import { ApiKeyPanel } from '@/components/settings/ApiKeyPanel';
import { MyLibraries } from '@/components/settings/MyLibraries';
import { PasswordForm } from '@/components/settings/PasswordForm';
import { ProfileForm } from '@/components/settings/ProfileForm';
import { SessionList } from '@/components/settings/SessionList';
import { BlurPreviewsSwitch } from '@/components/search/BlurPreviews';
import { TopBar } from '@/components/TopBar';
import { listMyApiKeys } from '@/lib/auth/list-my-api-keys';
import { listMySessions } from '@/lib/auth/list-my-sessions';
import { describeUserAgent } from '@/lib/client/describe-user-agent';
import { requirePageUser } from '@/lib/auth/page-user';
import { listMyLibraries } from '@/lib/libraries/list-my-libraries';
import { getPreferences } from '@/lib/users/get-preferences';

export const dynamic = 'force-dynamic';

export default async function SettingsPage() {
  const user = await requirePageUser();
  const [sessions, keys, libraries, preferences] = await Promise.all([listMySessions(user), listMyApiKeys(user.id), listMyLibraries(user), getPreferences(user.id)]);
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto grid max-w-3xl gap-8 p-4">
        <section>
          <h1 className="mb-3 text-xl font-semibold">Settings</h1>
          <ProfileForm name={user.name} email={user.email} />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Safe-for-work previews</h2>
          <BlurPreviewsSwitch initial={preferences.blurPreviews} showLabel />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Libraries</h2>
          <MyLibraries data={libraries} userId={user.id} />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Password</h2>
          <PasswordForm />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Where you are signed in</h2>
          <SessionList
            sessions={sessions.map((s) => ({
              ...s,
              device: describeUserAgent(s.userAgent),
              lastSeenAt: s.lastSeenAt.toISOString(),
            }))}
          />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">API keys</h2>
          <ApiKeyPanel
            keys={keys.map((k) => ({ ...k, lastUsedAt: k.lastUsedAt?.toISOString() ?? null, createdAt: k.createdAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null }))}
          />
        </section>
      </main>
    </>
  );
}
