'use client';
// Admin → Users: the upload limits. The largest file anyone may upload (in GB or MB), and each
// person's quota (empty: unlimited) with what they use now.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '@/lib/client/api';
import { fetchAdminUploadLimits, updateAdminUploadLimits, uploadKeys } from '@/lib/client/uploads-api';
import type { AdminUploadLimits, UpdateUploadLimits } from '@/lib/uploads/uploads.schemas';
import { formatSize } from '@/components/uploads/format-size';

const GB = 1024 ** 3;
const toGb = (bytes: number | null) => (bytes === null ? '' : String(Math.round((bytes / GB) * 100) / 100));
const fromGb = (text: string) => Math.round(Number(text) * GB);

export function UploadLimits({ initial }: { initial: AdminUploadLimits }) {
  const client = useQueryClient();
  const { data = initial } = useQuery({ queryKey: uploadKeys.adminLimits, queryFn: fetchAdminUploadLimits, initialData: initial });
  const [maxGb, setMaxGb] = useState(toGb(initial.maxFileBytes));
  const save = useMutation({
    mutationFn: (change: UpdateUploadLimits) => updateAdminUploadLimits(change),
    onSuccess: (limits) => client.setQueryData(uploadKeys.adminLimits, limits),
  });
  const error = save.error instanceof ApiError ? save.error.message : save.error ? 'Could not save.' : null;
  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ maxFileBytes: fromGb(maxGb) });
        }}
      >
        <label className="text-sm text-neutral-200">
          Largest file anyone may upload (GB)
          <input
            type="number"
            min="0.001"
            step="any"
            required
            value={maxGb}
            onChange={(e) => setMaxGb(e.target.value)}
            className="mt-1 block w-32 rounded border border-neutral-600 bg-neutral-900 px-2 py-1"
          />
        </label>
        <button type="submit" className="rounded bg-sky-700 px-3 py-1.5 text-sm text-white hover:bg-sky-600">
          Save
        </button>
        <span className="text-sm text-neutral-300">Now {formatSize(data.maxFileBytes)}</span>
      </form>
      {error && (
        <p role="alert" className="text-sm text-amber-200">
          {error}
        </p>
      )}
      <table className="w-full text-left text-sm">
        <thead className="text-neutral-300">
          <tr>
            <th className="py-1 font-medium">Person</th>
            <th className="py-1 font-medium">Uploaded</th>
            <th className="py-1 font-medium">Quota (GB, empty: unlimited)</th>
          </tr>
        </thead>
        <tbody>
          {data.users.map((u) => (
            <QuotaRow key={u.id} user={u} onSave={(quotaBytes) => save.mutate({ quota: { userId: u.id, quotaBytes } })} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QuotaRow({ user, onSave }: { user: AdminUploadLimits['users'][number]; onSave: (bytes: number | null) => void }) {
  const [value, setValue] = useState(toGb(user.quotaBytes));
  return (
    <tr className="border-t border-neutral-800">
      <td className="py-1.5">
        {user.name} <span className="text-neutral-300">{user.email}</span>
      </td>
      <td className="py-1.5">{formatSize(user.usedBytes)}</td>
      <td className="py-1.5">
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(value.trim() === '' ? null : fromGb(value));
          }}
        >
          <input
            type="number"
            min="0.001"
            step="any"
            value={value}
            aria-label={`Upload quota of ${user.name} in GB`}
            onChange={(e) => setValue(e.target.value)}
            className="w-24 rounded border border-neutral-600 bg-neutral-900 px-2 py-1"
          />
          <button type="submit" className="rounded px-2 py-1 text-sky-300 underline hover:bg-neutral-800">
            Save <span className="sr-only">quota of {user.name}</span>
          </button>
        </form>
      </td>
    </tr>
  );
}
