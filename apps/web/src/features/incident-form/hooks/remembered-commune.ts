/**
 * The commune of the last report recorded on this device for a platform: field teams work in
 * one or two communes, so the next report starts from it (the person can change it).
 */
const storageKey = (platform: string) => `opale.incidentCommune.${platform}`;

export function rememberedCommune(platform: string): string {
  try {
    return localStorage.getItem(storageKey(platform)) ?? '';
  } catch {
    return '';
  }
}

export function rememberCommune(platform: string, commune: string): void {
  try {
    localStorage.setItem(storageKey(platform), commune);
  } catch {
    // storage disabled: the next report starts empty
  }
}
