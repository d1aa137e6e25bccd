// DOM building and display formats shared by Tasklist and Operate; text is never parsed as HTML.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function formatDate(text) {
  if (!text) return "—";
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  return date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

function span(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** "Overdue by 2 h" / "Due in 3 h" against the engine's clock, or null without a due date. */
export function dueStatus(dueDate, now) {
  if (!dueDate) return null;
  const due = Date.parse(dueDate);
  if (Number.isNaN(due)) return null;
  if (due <= now) return { overdue: true, text: `Overdue by ${span(now - due)}` };
  return { overdue: false, text: `Due in ${span(due - now)}` };
}

export function dueBadge(dueDate, now) {
  const status = dueStatus(dueDate, now);
  if (!status) return h("span", { class: "muted" }, "No due date");
  return h(
    "span",
    { class: status.overdue ? "badge overdue" : "badge due", title: formatDate(dueDate) },
    status.text,
  );
}

/** Replace a region's content; keeps focus out of the way of screen readers' live updates. */
export function show(region, ...children) {
  region.replaceChildren(...children.flat().filter((child) => child !== null));
}

export function message(region, kind, text) {
  show(region, text ? h("p", { class: `message ${kind}` }, text) : null);
}

/** Run `refresh` now and every `seconds`; a failure shows in `status` and polling goes on. */
export function every(seconds, refresh, status) {
  let timer;
  let stopped = false;
  const tick = async () => {
    try {
      await refresh();
      if (status && !stopped) message(status, "", "");
    } catch (error) {
      if (status && !stopped) message(status, "error", `Could not refresh: ${error.message}`);
    }
    if (!stopped) timer = setTimeout(tick, seconds * 1000);
  };
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
