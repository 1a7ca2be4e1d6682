// Copies the parts of the npm packages that the portal serves into wwwroot/lib.
// Run by the SmartRegion build (see SmartRegion.csproj); wwwroot/lib is never committed.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "wwwroot", "lib");
const modules = join(here, "node_modules");

// [package path inside node_modules, destination inside wwwroot/lib]
const assets = [
  ["@kern-ux/native/dist/kern.min.css", "kern/kern.min.css"],
  ["@kern-ux/native/dist/fonts/fira-sans.css", "kern/fonts/fira-sans.css"],
  ["@kern-ux/native/dist/fonts/fira-sans", "kern/fonts/fira-sans"],
  ["@kern-ux/native/LICENSE.md", "kern/LICENSE.md"],
  // maplibre-gl 6 is ES modules only: the page imports maplibre-gl.mjs, which loads its shared and worker modules.
  ["maplibre-gl/dist/maplibre-gl.mjs", "maplibre-gl/maplibre-gl.mjs"],
  ["maplibre-gl/dist/maplibre-gl-shared.mjs", "maplibre-gl/maplibre-gl-shared.mjs"],
  ["maplibre-gl/dist/maplibre-gl-worker.mjs", "maplibre-gl/maplibre-gl-worker.mjs"],
  ["maplibre-gl/dist/maplibre-gl.css", "maplibre-gl/maplibre-gl.css"],
  ["maplibre-gl/LICENSE.txt", "maplibre-gl/LICENSE.txt"],
  ["chart.js/dist/chart.umd.min.js", "chart.js/chart.umd.min.js"],
  ["chart.js/LICENSE.md", "chart.js/LICENSE.md"],
];

rmSync(target, { recursive: true, force: true });
for (const [from, to] of assets) {
  const destination = join(target, to);
  mkdirSync(dirname(destination), { recursive: true });
  cpSync(join(modules, from), destination, { recursive: true });
}
writeFileSync(join(target, ".built"), new Date().toISOString() + "\n");
console.log(`front-end assets copied to ${target}`);
