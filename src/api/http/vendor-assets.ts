import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../repo-root';

/** A browser library served from node_modules, so that no page needs a CDN. */
export interface VendorAsset {
  /** The URL the pages use: the package version is part of the path, so the file may be cached for a year. */
  url: string;
  /** The file on disk. */
  path: string;
  contentType: string;
}

/** The only files the vendor route serves (an allow-list: nothing else under node_modules is reachable). */
const VENDOR_FILES = {
  graphiqlJs: { pkg: 'graphiql', file: 'graphiql.min.js', contentType: 'text/javascript; charset=utf-8' },
  graphiqlCss: { pkg: 'graphiql', file: 'graphiql.min.css', contentType: 'text/css; charset=utf-8' },
  reactJs: { pkg: 'react', file: 'umd/react.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  reactDomJs: { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  cytoscapeJs: { pkg: 'cytoscape', file: 'dist/cytoscape.min.js', contentType: 'text/javascript; charset=utf-8' },
} as const;

export type VendorName = keyof typeof VENDOR_FILES;

export const VENDOR_PREFIX = '/assets/vendor';

let assets: Record<VendorName, VendorAsset> | undefined;

/** The vendor files with their versioned URLs, read once from the installed packages. */
export function vendorAssets(): Record<VendorName, VendorAsset> {
  if (assets) return assets;
  const modules = join(repoRoot(), 'node_modules');
  const entries = Object.entries(VENDOR_FILES).map(([name, { pkg, file, contentType }]) => {
    const { version } = JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')) as { version: string };
    const basename = file.slice(file.lastIndexOf('/') + 1);
    return [name, { url: `${VENDOR_PREFIX}/${pkg}@${version}/${basename}`, path: join(modules, pkg, file), contentType }];
  });
  assets = Object.fromEntries(entries) as Record<VendorName, VendorAsset>;
  return assets;
}
