// Intentionally empty: n8n loads this package's nodes and credential through the "n8n" block
// of package.json (paths under dist/), never through the package's main entry.
