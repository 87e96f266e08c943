// HTML + plain-text bodies from one template per kind. Every interpolated value is escaped.
import type { MailPayload, RenderedMail } from './mail.schemas';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(title: string, paragraphs: string[], link: { url: string; label: string }, footer: string): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;color:#222">
<h1 style="font-size:1.25rem">${escapeHtml(title)}</h1>
${body}
<p><a href="${escapeHtml(link.url)}" style="display:inline-block;background:#0284c7;color:#fff;padding:.6rem 1rem;border-radius:.4rem;text-decoration:none">${escapeHtml(link.label)}</a></p>
<p style="font-size:.85rem;color:#666">Or paste this address into your browser: ${escapeHtml(link.url)}</p>
<p style="font-size:.85rem;color:#666">${escapeHtml(footer)}</p>
</body></html>`;
}

export function renderMail(mail: MailPayload): RenderedMail {
  if (mail.template === 'invite') {
    const { url, inviterName, expiresAt } = mail.data;
    const until = new Date(expiresAt).toUTCString();
    const lines = [`${inviterName} invited you to their Shoebox, a private photo library.`, `The invitation is valid until ${until}.`];
    return {
      subject: `${inviterName} invited you to Shoebox`,
      text: `${lines.join('\n')}\n\nCreate your account: ${url}\n\nIf you did not expect this, ignore this email.\n`,
      html: layout('You are invited to Shoebox', lines, { url, label: 'Create your account' }, 'If you did not expect this, ignore this email.'),
    };
  }
  const { url, name } = mail.data;
  const lines = [`Hello ${name},`, 'Someone asked to reset the password of your Shoebox account. The link works once, for one hour.'];
  return {
    subject: 'Reset your Shoebox password',
    text: `${lines.join('\n')}\n\nChoose a new password: ${url}\n\nIf you did not ask for this, ignore this email: your password stays as it is.\n`,
    html: layout('Reset your password', lines, { url, label: 'Choose a new password' }, 'If you did not ask for this, ignore this email: your password stays as it is.'),
  };
}
