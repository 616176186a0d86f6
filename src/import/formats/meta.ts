/**
 * Meta's export formats (docs/IMPORT.md, "Facebook Page" and "Instagram"), and the words of every Meta layout,
 * the older ones of ./legacy.ts included: one dictionary, one catalogue area.
 */
import type { Dictionary, MessageArgs } from '../../i18n/translate.js';
import type { ExportFormat, ExportRow, ExportTable, ImportNote, ReadContext } from '../model.js';
import { readPostTable, type PostLayout, type PostReading } from '../posts.js';

export const META_MESSAGES = {
  en: {
    'format.facebook': 'Facebook Page Insights, post level (layout of 2014–2018)',
    'format.instagram': 'Instagram posts (Graph API media and insights)',
    'note.several-accounts': (a: MessageArgs) => `this export holds the posts of ${a.count} accounts (${a.accounts}): give the channel with --channel, or export one account at a time`,
    'ignored.category-code': 'a category code of the original study, not an Insights figure',
    'ignored.weekday': 'the day of the week; smscore works with the period as a whole',
    'ignored.hour': 'the hour of posting; smscore works with the period as a whole',
    'ignored.consumers': 'people who clicked anywhere on the post (photo views included): not link clicks',
    'ignored.consumptions': 'clicks anywhere on the post (photo views included): not link clicks',
    'ignored.subset-impressions': 'a subset of impressions',
    'ignored.subset-reach': 'a subset of reach',
    'ignored.subset-engaged': 'a subset of engaged users',
    'ignored.post-id': 'the post id',
    'ignored.post-text': 'the post text',
    'ignored.post-address': 'the post address',
    'ignored.account': 'the account',
    'ignored.product-type': 'where the post appeared (feed, story, reels); the post type is taken from media_type',
    'ignored.sum-of-columns': 'a sum of columns taken separately: adding it would count the same actions twice',
    'ignored.profile-visits': 'profile visits from the post: not a figure smscore stores',
    'ignored.follows': 'follows gained from the post: not a follower count',
  },
  fr: {
    'format.facebook': 'Facebook Page Insights, au niveau des publications (présentation de 2014 à 2018)',
    'format.instagram': 'publications Instagram (médias et statistiques de l’API Graph)',
    'note.several-accounts': (a: MessageArgs) => `cet export contient les publications de ${a.count} comptes (${a.accounts})\u00a0: indiquez le canal avec --channel, ou exportez un compte à la fois`,
    'ignored.category-code': 'un code de catégorie de l’étude d’origine, pas un chiffre d’Insights',
    'ignored.weekday': 'le jour de la semaine\u202f; smscore traite la période d’un bloc',
    'ignored.hour': 'l’heure de publication\u202f; smscore traite la période d’un bloc',
    'ignored.consumers': 'les personnes qui ont cliqué n’importe où dans la publication (vues de photos comprises)\u00a0: pas des clics sur le lien',
    'ignored.consumptions': 'les clics n’importe où dans la publication (vues de photos comprises)\u00a0: pas des clics sur le lien',
    'ignored.subset-impressions': 'une partie des impressions',
    'ignored.subset-reach': 'une partie de la portée',
    'ignored.subset-engaged': 'une partie des utilisateurs engagés',
    'ignored.post-id': 'l’identifiant de la publication',
    'ignored.post-text': 'le texte de la publication',
    'ignored.post-address': 'l’adresse de la publication',
    'ignored.account': 'le compte',
    'ignored.product-type': 'l’endroit où la publication est parue (fil, story, reels)\u202f; le type de publication est pris dans media_type',
    'ignored.sum-of-columns': 'la somme d’autres colonnes prises une à une\u00a0: l’ajouter compterait deux fois les mêmes actions',
    'ignored.profile-visits': 'les visites du profil venues de la publication\u00a0: pas un chiffre que smscore enregistre',
    'ignored.follows': 'les abonnements obtenus par la publication\u00a0: pas un nombre d’abonnés',
  },
} satisfies Dictionary;

/**
 * readPostTable, noting on the way the account each row names: the first filled cell among the header cells named
 * `names` (Meta's multi-account Instagram export repeats the account columns at the end, filled on some rows only).
 * `account` is the one account the rows name; with several, none, and a note says which.
 */
export async function readWithAccount(
  table: ExportTable, header: { row: number; cells: string[] }, layout: PostLayout, ctx: ReadContext, names: string[],
): Promise<{ reading: PostReading; account?: string }> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const at = header.cells.flatMap((h, i) => (wanted.has(h.replace(/^\ufeff/, '').trim().toLowerCase()) ? [i] : []));
  const accounts = new Set<string>();
  let position = -1;
  const watched: ExportTable = {
    ...table,
    rows: async function* (): AsyncGenerator<ExportRow> {
      for await (const row of table.rows()) {
        position++;
        if (position > header.row) {
          const name = at.map((i) => row.cells[i]?.trim() ?? '').find((c) => c !== '');
          if (name) accounts.add(name);
        }
        yield row;
      }
    },
  };
  const reading = await readPostTable(watched, header, layout, ctx);
  if (accounts.size <= 1) return { reading, ...(accounts.size === 1 ? { account: [...accounts][0]! } : {}) };
  const note: ImportNote = { key: 'note.several-accounts', args: { count: accounts.size, accounts: [...accounts].join(', ') }, level: 'warning' };
  return { reading: { ...reading, notes: [...reading.notes, note] } };
}

export const META_FORMATS: readonly ExportFormat[] = [];
