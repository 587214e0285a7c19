/**
 * "Chrome on Android" from a user-agent string, to recognise one's own devices in the list of
 * sessions. Only the families people name; anything else reads as unknown.
 */
export interface DeviceSummary {
  browser: string;
  os: string;
}

const browsers: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\b(Headless)?Chrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

function firstMatch(text: string, table: [RegExp, string][]): string | null {
  for (const [pattern, name] of table) if (pattern.test(text)) return name;
  return null;
}

export function describeUserAgent(userAgent: string | null | undefined): DeviceSummary | null {
  if (!userAgent) return null;
  const browser = firstMatch(userAgent, browsers);
  const os = firstMatch(userAgent, systems);
  if (!browser && !os) return null;
  return { browser: browser ?? '?', os: os ?? '?' };
}
