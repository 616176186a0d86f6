/** A channel's id, then its label or platform when that says something more: « instagram », « google (Fiche Google) ». */
export function channelCell(c: { channelId: string; label?: string; platform: string }): string {
  const name = c.label ?? c.platform;
  return name === c.channelId ? c.channelId : `${c.channelId} (${name})`;
}
