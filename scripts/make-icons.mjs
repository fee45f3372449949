#!/usr/bin/env node
// Renders the install icons from public/icon.svg, once; the PNGs are committed, so neither the
// build nor the server renders anything. Run it again after changing the logo:
//   node scripts/make-icons.mjs
// sharp is the image library Next itself installs (next -> sharp), so nothing new is needed.
//  - icon-192.png, icon-512.png: the logo as it is, on a transparent ground ("any").
//  - icon-192-maskable.png, icon-512-maskable.png: a full square of the logo's green with the
//    logo at 80 %, so the leaf stays inside the maskable safe zone (the centre circle of radius
//    40 %) whatever shape a launcher cuts (https://web.dev/articles/maskable-icon).
//  - apple-touch-icon.png (180 px): iOS draws no transparency and rounds the corners itself,
//    so it is the maskable rendering.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const svg = fs.readFileSync(path.join(root, "public/icon.svg"));
/** The logo's circle colour, also the manifest's theme colour. */
const GREEN = "#267a4d";
const MASKABLE_LOGO_SHARE = 0.8;

async function plain(size) {
  return sharp(svg, { density: (72 * size) / 64 })
    .resize(size, size)
    .png()
    .toBuffer();
}

async function maskable(size) {
  const logoSize = Math.round(size * MASKABLE_LOGO_SHARE);
  const logo = await plain(logoSize);
  const offset = Math.round((size - logoSize) / 2);
  return sharp({ create: { width: size, height: size, channels: 4, background: GREEN } })
    .composite([{ input: logo, left: offset, top: offset }])
    .png()
    .toBuffer();
}

const outputs = {
  "icon-192.png": () => plain(192),
  "icon-512.png": () => plain(512),
  "icon-192-maskable.png": () => maskable(192),
  "icon-512-maskable.png": () => maskable(512),
  "apple-touch-icon.png": () => maskable(180),
};
for (const [name, render] of Object.entries(outputs)) {
  const file = path.join(root, "public", name);
  fs.writeFileSync(file, await render());
  const { width, height } = await sharp(file).metadata();
  console.log(`${name}: ${width}x${height}`);
}
