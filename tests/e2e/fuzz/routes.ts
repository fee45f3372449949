// Every route the app serves, read from app/ itself, and every server action, read from the
// build's manifest: a route or action added later is fuzzed without anyone listing it here
// (and the suite fails until its dynamic segments or its input have samples).
import fs from "node:fs";
import path from "node:path";

export interface AppRoute {
  /** "/foods/[id]/edit": route groups dropped, dynamic segments kept in brackets. */
  pattern: string;
  kind: "page" | "handler";
  /** The names of its dynamic segments, in order ("id", "...nextauth"). */
  params: string[];
}

const ROUTE_FILE = /^(page|route)\.(tsx|ts|jsx|js)$/;
// Metadata files that become routes (app/manifest.ts -> /manifest.webmanifest, app/favicon.ico).
const METADATA_ROUTES: Record<string, string> = {
  "manifest.ts": "/manifest.webmanifest",
  "favicon.ico": "/favicon.ico",
  "robots.ts": "/robots.txt",
  "sitemap.ts": "/sitemap.xml",
  "icon.svg": "/icon.svg",
};

export function listAppRoutes(appDir = path.resolve("app")): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // _components and other private folders are not routes.
        if (entry.name.startsWith("_")) continue;
        walk(path.join(dir, entry.name), [...segments, entry.name]);
        continue;
      }
      const match = ROUTE_FILE.exec(entry.name);
      if (!match) {
        if (segments.length === 0 && METADATA_ROUTES[entry.name]) {
          routes.push({ pattern: METADATA_ROUTES[entry.name]!, kind: "handler", params: [] });
        }
        continue;
      }
      const visible = segments.filter((s) => !(s.startsWith("(") && s.endsWith(")")));
      const params = visible.filter((s) => s.startsWith("[")).map((s) => s.replace(/^\[+|\]+$/g, ""));
      routes.push({ pattern: `/${visible.join("/")}`, kind: match[1] === "page" ? "page" : "handler", params });
    }
  };
  walk(appDir, []);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Fills a pattern's dynamic segments, in order, with the given raw (already encoded) values. */
export function fillPattern(pattern: string, values: string[]): string {
  let index = 0;
  const filled = pattern.replace(/\[\[?(\.\.\.)?[^\]]+\]\]?/g, () => values[index++] ?? "x");
  return filled === "" ? "/" : filled;
}

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** The pages whose bundles hold the action, as route patterns ("/foods/[id]/edit"). */
  pages: string[];
}

export function listServerActions(manifestPath = path.resolve(".next/server/server-reference-manifest.json")): ServerAction[] {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      name: entry.exportedName ?? id,
      file: entry.filename ?? "",
      pages: Object.keys(entry.workers)
        .filter((worker) => worker.startsWith("app/") && worker.endsWith("/page"))
        .map((worker) => {
          const visible = worker
            .slice("app".length, -"/page".length)
            .split("/")
            .filter((s) => s !== "" && !(s.startsWith("(") && s.endsWith(")")));
          return `/${visible.join("/")}`;
        }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The static files in public/, served as they are. */
export function listPublicFiles(publicDir = path.resolve("public")): string[] {
  if (!fs.existsSync(publicDir)) return [];
  return fs
    .readdirSync(publicDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${entry.name}`);
}
