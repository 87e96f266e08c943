// STORAGE_ENCRYPTION_KEY's two spellings, shared by env validation and lib/storage.
/** 32 bytes as base64 or as 64 hex characters; null when the text is neither. */
export function decodeEncryptionKey(text: string): Buffer | null {
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === 32 ? bytes : null;
}
