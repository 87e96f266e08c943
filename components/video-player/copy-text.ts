// Copies text to the clipboard. navigator.clipboard exists only in secure contexts; a household
// on plain http over the LAN gets the older selection-and-copy way.
export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && globalThis.isSecureContext) {
    return navigator.clipboard.writeText(text).then(() => true, () => false);
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
