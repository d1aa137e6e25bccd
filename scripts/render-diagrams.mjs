#!/usr/bin/env node
// Renders BPMN files to SVG and PNG with bpmn-js in headless Chromium (Debian's /usr/bin/chromium)
// and fails, naming the diagram and element ids, when an import fails or a shape does not render.
//
// usage: node scripts/render-diagrams.mjs --out DIR [--json] [FILE.bpmn ...]
//   without files it renders every bpmn/**/*.bpmn. Exit 0: all rendered; 1: a diagram failed;
//   2: usage or setup error (no Chromium, no bpmn-js bundle, no BPMN files).
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BPMN_JS = path.join(ROOT, 'node_modules', 'bpmn-js', 'dist');
const VIEWER_BUNDLE = path.join(BPMN_JS, 'bpmn-viewer.production.min.js');
const STYLESHEETS = ['diagram-js.css', 'bpmn-js.css'].map((name) => path.join(BPMN_JS, 'assets', name));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PADDING = 24;
const PAGE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"></head>' +
  '<body style="margin:0;background:#fff"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>';

class SetupError extends Error {}

function usage(message) {
  throw new SetupError(`${message}\nusage: node scripts/render-diagrams.mjs --out DIR [--json] [FILE.bpmn ...]`);
}

async function findBpmnFiles(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findBpmnFiles(full)));
    else if (entry.isFile() && entry.name.endsWith('.bpmn')) found.push(full);
  }
  return found.sort();
}

// bpmn-js gives arrow markers random ids; number them in order so a re-render of an unchanged
// diagram produces the same SVG bytes and docs/diagrams/ only changes when a diagram does.
function stableMarkerIds(svg, name) {
  const ids = [...new Set([...svg.matchAll(/<marker id="([^"]+)"/g)].map((match) => match[1]))];
  return ids.reduce((out, id, i) => out.replaceAll(`#${id}'`, `#${name}-marker-${i + 1}'`).replaceAll(`"${id}"`, `"${name}-marker-${i + 1}"`), svg);
}

function outputName(file) {
  return path.basename(file).replace(/\.bpmn$/, '');
}

// Runs inside the page: imports one diagram, checks semantic elements against DI and DI against
// rendered graphics, then exports the SVG and fits the canvas to the diagram for the screenshot.
async function renderInPage({ xml, padding }) {
  const container = document.getElementById('canvas');
  container.innerHTML = '';
  const viewer = new window.BpmnJS({ container });
  let warnings = [];
  try {
    ({ warnings } = await viewer.importXML(xml));
  } catch (err) {
    return { importError: String((err && err.message) || err), warnings: ((err && err.warnings) || []).map((w) => w.message) };
  }

  const definitions = viewer.getDefinitions();
  const semantic = [];
  const visit = (element) => {
    if (!element || !element.id) return;
    if (element.$type !== 'bpmn:DataObject') semantic.push(element.id);
    for (const child of element.flowElements || []) visit(child);
    for (const child of element.artifacts || []) visit(child);
  };
  const visitLanes = (laneSets) => {
    for (const laneSet of laneSets || []) {
      for (const lane of laneSet.lanes || []) {
        semantic.push(lane.id);
        visitLanes(lane.childLaneSet ? [lane.childLaneSet] : []);
      }
    }
  };
  for (const root of definitions.rootElements || []) {
    if (root.$type === 'bpmn:Process') {
      for (const child of root.flowElements || []) visit(child);
      for (const child of root.artifacts || []) visit(child);
      visitLanes(root.laneSets);
    } else if (root.$type === 'bpmn:Collaboration') {
      for (const participant of root.participants || []) semantic.push(participant.id);
      for (const flow of root.messageFlows || []) semantic.push(flow.id);
      for (const child of root.artifacts || []) visit(child);
    }
  }

  const diElements = [];
  for (const diagram of definitions.diagrams || []) {
    for (const di of (diagram.plane && diagram.plane.planeElement) || []) {
      const kind = di.$type === 'bpmndi:BPMNEdge' ? 'edge' : 'shape';
      diElements.push({ kind, id: di.bpmnElement ? di.bpmnElement.id : null, diId: di.id });
    }
  }
  const withDi = new Set(diElements.map((d) => d.id));
  const missingDi = semantic.filter((id) => !withDi.has(id));
  const notRendered = diElements
    .filter((d) => !d.id || !container.querySelector(`.djs-element[data-element-id="${CSS.escape(d.id)}"]`))
    .map((d) => d.id || `(DI ${d.diId} without bpmnElement)`);

  const { svg } = await viewer.saveSVG();
  const canvas = viewer.get('canvas');
  canvas.zoom(1);
  const inner = canvas.viewbox().inner;
  const width = Math.ceil(inner.width + 2 * padding);
  const height = Math.ceil(inner.height + 2 * padding);
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  canvas.resized();
  canvas.viewbox({ x: inner.x - padding, y: inner.y - padding, width, height });
  return {
    warnings: warnings.map((w) => w.message),
    flowElements: semantic.length,
    shapes: diElements.filter((d) => d.kind === 'shape').length,
    edges: diElements.filter((d) => d.kind === 'edge').length,
    rendered: diElements.length - notRendered.length,
    missingDi,
    notRendered,
    svg,
    width,
    height,
  };
}

// Runs inside the page: share of non-white pixels in the PNG, so a blank screenshot fails.
async function inkRatio(dataUrl) {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink += 1;
  }
  return ink / (image.width * image.height);
}

async function renderOne(context, file, outDir) {
  const name = outputName(file);
  let xml;
  try {
    xml = await readFile(file, 'utf8');
  } catch (err) {
    return { name, file, problems: [`cannot read file: ${err.message}`] };
  }
  const page = await context.newPage();
  try {
    await page.setContent(PAGE_HTML);
    for (const sheet of STYLESHEETS) await page.addStyleTag({ path: sheet });
    await page.addScriptTag({ path: VIEWER_BUNDLE });
    const result = await page.evaluate(renderInPage, { xml, padding: PADDING });
    if (result.importError) {
      const detail = result.warnings.length ? ` (${result.warnings.join('; ')})` : '';
      return { name, file, problems: [`bpmn-js could not import the diagram: ${result.importError}${detail}`] };
    }
    const problems = [];
    if (result.warnings.length) problems.push(`import warnings: ${result.warnings.join('; ')}`);
    if (result.missingDi.length) problems.push(`no DI shape/edge for elements: ${result.missingDi.join(', ')}`);
    if (result.notRendered.length) problems.push(`DI elements not rendered: ${result.notRendered.join(', ')}`);
    const summary = {
      name,
      file,
      flowElements: result.flowElements,
      shapes: result.shapes,
      edges: result.edges,
      rendered: result.rendered,
      missingDi: result.missingDi,
      notRendered: result.notRendered,
      width: result.width,
      height: result.height,
    };
    if (problems.length) return { ...summary, problems };

    await page.setViewportSize({ width: Math.max(result.width, 800), height: Math.max(result.height, 600) });
    const png = await page.locator('#canvas').screenshot({ type: 'png' });
    const ink = await page.evaluate(inkRatio, `data:image/png;base64,${png.toString('base64')}`);
    if (!(ink > 0.001)) return { ...summary, problems: [`PNG screenshot is blank (ink ratio ${ink})`] };

    const svgPath = path.join(outDir, `${name}.svg`);
    const pngPath = path.join(outDir, `${name}.png`);
    const svg = stableMarkerIds(result.svg, name);
    await writeFile(svgPath, svg.endsWith('\n') ? svg : `${svg}\n`);
    await writeFile(pngPath, png);
    return { ...summary, svg: svgPath, png: pngPath, inkRatio: Number(ink.toFixed(4)), problems: [] };
  } finally {
    await page.close();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    },
  });
  if (!values.out) usage('missing --out DIR');
  if (!existsSync(values.chromium)) {
    throw new SetupError(`Chromium not found at ${values.chromium}; run scripts/install-chromium.sh (as root) or set CHROMIUM_PATH`);
  }
  if (!existsSync(VIEWER_BUNDLE)) {
    throw new SetupError(`bpmn-js bundle not found at ${VIEWER_BUNDLE}; run 'make node-deps'`);
  }
  const found = positionals.length ? positionals : await findBpmnFiles(path.join(ROOT, 'bpmn'));
  const files = found.map((file) => path.relative(process.cwd(), path.resolve(file)) || file);
  if (!files.length) throw new SetupError('no BPMN files to render (bpmn/**/*.bpmn is empty)');
  const names = files.map(outputName);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new SetupError(`two BPMN files would both render to ${duplicate}.svg/.png; rename one`);

  await mkdir(values.out, { recursive: true });
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'baton-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: values.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    offline: true,
  });
  const results = [];
  try {
    await context.route(/^(https?|wss?):/, (route) => route.abort());
    for (const file of files) results.push(await renderOne(context, file, values.out));
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }

  for (const result of results) {
    if (values.json) {
      console.log(JSON.stringify(result));
    } else if (result.problems.length) {
      console.error(`FAIL ${result.file}: ${result.problems.join(' | ')}`);
    } else {
      console.log(
        `ok   ${result.file}: ${result.rendered}/${result.shapes + result.edges} DI elements rendered ` +
          `(${result.shapes} shapes, ${result.edges} edges, ${result.flowElements} BPMN elements) ` +
          `-> ${result.svg}, ${result.png} (${result.width}x${result.height})`,
      );
    }
  }
  const failed = results.filter((r) => r.problems.length);
  if (failed.length) {
    for (const result of failed) console.error(`diagram ${result.name} failed: ${result.problems.join(' | ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`render-diagrams: ${err instanceof SetupError ? err.message : err.stack || err}`);
    process.exit(2);
  },
);
