/** Loads the question catalog for a command, turning a bad pack into a usage error the user can act on. */
import { CatalogError, formatCatalogError, loadCatalog, type Catalog } from '../questions/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

export function loadCatalogFor(ctx: CliContext, packs: readonly string[] = []): Catalog {
  try {
    return loadCatalog({ extraPacks: [...packs] });
  } catch (err) {
    if (err instanceof CatalogError) throw new UsageError(formatCatalogError(err, ctx.locale));
    throw err;
  }
}
