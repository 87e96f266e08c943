// "Chrome on Linux" for the sessions list: people recognise their browser and device by those
// names, not by a user-agent string. bowser does the parsing; what it cannot name (a script,
// curl, an app's HTTP library) is shown as the client's own first word.
import Bowser from 'bowser';

const MAX_RAW = 40;

export function describeUserAgent(userAgent: string | null | undefined): string {
  const ua = userAgent?.trim();
  if (!ua) return 'Unknown browser';
  const { browser, os, platform } = Bowser.parse(ua);
  const name = browser.name?.replace(/^Chrom(e|ium) Headless$/, 'Chrome').replace(/ for (Android|iOS)$/, '') || null;
  const system = os.name || null;
  if (name && system) return `${name} on ${system}`;
  if (name) return name;
  if (system) return `A browser on ${system}${platform.model ? ` (${platform.model})` : ''}`;
  // curl/8.5.0, okhttp/4.12: the product token is what people would recognise.
  const product = ua.split(/[\s;(]/)[0];
  return product.length > MAX_RAW ? `${product.slice(0, MAX_RAW)}…` : product;
}
