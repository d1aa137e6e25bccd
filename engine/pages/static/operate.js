// Operate: process instances, one instance (diagram with markers, incidents, variables, history)
// and incidents across instances. Retry = raise the job's retries + resolve the incident, as
// Camunda's Operate does; every call goes to the /v2 API.
import { ApiError, businessKeys, searchAll, v2 } from "./api.js";
import { every, formatDate, h, message, show } from "./dom.js";

const REFRESH_SECONDS = 3;
const STATES = {
  "": "Any state",
  ACTIVE: "Active",
  INCIDENT: "With incident",
  COMPLETED: "Completed",
  TERMINATED: "Canceled",
};

const main = document.getElementById("main");
const refreshStatus = document.getElementById("refresh-status");

function route() {
  const parts = location.pathname.split("/").filter(Boolean).slice(1);
  if (parts[0] === "incidents") return { view: "incidents" };
  if (parts[0] === "processes" && parts[1]) return { view: "instance", key: decodeURIComponent(parts[1]) };
  return { view: "instances" };
}

function stateBadge(instance) {
  const text = instance.hasIncident && instance.state === "ACTIVE" ? "INCIDENT" : instance.state;
  return h("span", { class: `badge state-${text.toLowerCase()}` }, text);
}

function table(label, headers, rows) {
  if (!rows.length) return h("p", { class: "muted" }, `No ${label.toLowerCase()}.`);
  return h(
    "table",
    { "aria-label": label },
    h("thead", {}, h("tr", {}, headers.map((text) => h("th", { scope: "col" }, text)))),
    h("tbody", {}, rows),
  );
}

/** Retry an incident: give its job one more retry (when it has a job), then resolve it. */
async function retry(incident) {
  if (incident.jobKey) {
    await v2("PATCH", `/jobs/${incident.jobKey}`, { changeset: { retries: 1 } });
  }
  await v2("POST", `/incidents/${incident.incidentKey}/resolution`, {});
}

function retryButton(incident, alert, after) {
  return h(
    "button",
    {
      type: "button",
      "aria-label": `Retry incident ${incident.incidentKey} at ${incident.elementId}`,
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          await retry(incident);
          message(alert, "success", `Retried ${incident.elementId}: the incident is resolved and the job runs again.`);
          await after();
        } catch (error) {
          message(alert, "error", `Retry failed: ${error.message}`);
          event.target.disabled = false;
        }
      },
    },
    "Retry",
  );
}

// ---- process instances -------------------------------------------------------------------------

async function instancesPage() {
  const params = new URLSearchParams(location.search);
  const definitions = await searchAll("/process-definitions/search", { filter: { isLatestVersion: true } });
  const processIds = [...new Set(definitions.map((d) => d.processDefinitionId))].sort();
  const processSelect = h(
    "select",
    { id: "filter-process", name: "process" },
    h("option", { value: "" }, "All processes"),
    processIds.map((id) => h("option", { value: id, selected: params.get("process") === id }, id)),
  );
  const stateSelect = h(
    "select",
    { id: "filter-state", name: "state" },
    Object.entries(STATES).map(([value, label]) =>
      h("option", { value, selected: (params.get("state") || "") === value }, label)),
  );
  const onchange = () => {
    const query = new URLSearchParams();
    if (processSelect.value) query.set("process", processSelect.value);
    if (stateSelect.value) query.set("state", stateSelect.value);
    history.replaceState(null, "", `/operate?${query}`);
    refresh();
  };
  processSelect.addEventListener("change", onchange);
  stateSelect.addEventListener("change", onchange);
  const region = h("section", { id: "instances", "aria-live": "polite" });
  show(
    main,
    h("h2", {}, "Process instances"),
    h(
      "form",
      { class: "filters", "aria-label": "Filter process instances", onsubmit: (e) => e.preventDefault() },
      h("label", { for: "filter-process" }, "Process"), processSelect,
      h("label", { for: "filter-state" }, "State"), stateSelect,
    ),
    region,
  );

  const refresh = async () => {
    const filter = {};
    if (processSelect.value) filter.processDefinitionId = processSelect.value;
    if (stateSelect.value === "INCIDENT") Object.assign(filter, { state: "ACTIVE", hasIncident: true });
    else if (stateSelect.value) filter.state = stateSelect.value;
    const found = await v2("POST", "/process-instances/search", {
      filter,
      sort: [{ field: "startDate", order: "DESC" }],
      page: { limit: 200 },
    });
    const keys = await businessKeys(found.items.map((i) => i.processInstanceKey));
    show(
      region,
      h("p", { class: "muted" }, `${found.page.totalItems} instance(s)`),
      table(
        "Process instances",
        ["Instance", "Process", "Business key", "State", "Started", "Ended"],
        found.items.map((instance) =>
          h(
            "tr",
            { "data-instance-key": instance.processInstanceKey },
            h("td", {}, h("a", { href: `/operate/processes/${instance.processInstanceKey}` }, instance.processInstanceKey)),
            h("td", {}, instance.processDefinitionName || instance.processDefinitionId),
            h("td", { class: "business-key" }, keys.get(instance.processInstanceKey) || "—"),
            h("td", {}, stateBadge(instance)),
            h("td", {}, formatDate(instance.startDate)),
            h("td", {}, formatDate(instance.endDate)),
          )),
      ),
    );
  };
  every(REFRESH_SECONDS, refresh, refreshStatus);
}

// ---- one instance ------------------------------------------------------------------------------

const MARKERS = ["marker-active", "marker-completed", "marker-incident"];

/** Mark elements by their instances' state, and sequence flows between visited elements. */
function markDiagram(viewer, elements) {
  const canvas = viewer.get("canvas");
  const registry = viewer.get("elementRegistry");
  const visited = new Set(elements.map((e) => e.elementId));
  for (const shape of registry.getAll()) {
    for (const marker of MARKERS) canvas.removeMarker(shape.id, marker);
  }
  const marks = new Map();
  for (const element of elements) {
    if (!registry.get(element.elementId)) continue;
    const mark = element.hasIncident ? "marker-incident" : element.state === "ACTIVE" ? "marker-active" : "marker-completed";
    if (marks.get(element.elementId) !== "marker-incident" && marks.get(element.elementId) !== "marker-active") {
      marks.set(element.elementId, mark);
    }
  }
  for (const [id, mark] of marks) canvas.addMarker(id, mark);
  for (const shape of registry.filter((e) => e.type === "bpmn:SequenceFlow")) {
    if (visited.has(shape.source?.id) && visited.has(shape.target?.id)) canvas.addMarker(shape.id, "marker-completed");
  }
  return marks;
}

async function instancePage(key) {
  const alert = h("div", { id: "instance-message", role: "alert" });
  const heading = h("h2", { id: "instance-title" }, `Process instance ${key}`);
  const summary = h("div", {});
  const actions = h("div", { class: "actions" });
  const diagram = h("div", { id: "diagram", class: "diagram", role: "img", "aria-label": "BPMN diagram with the instance's state" });
  const incidents = h("section", { id: "incidents", "aria-labelledby": "incidents-title" });
  const variables = h("section", { id: "variables", "aria-labelledby": "variables-title" });
  const historyRegion = h("section", { id: "history", "aria-labelledby": "history-title" });
  show(main, h("p", {}, h("a", { href: "/operate" }, "← Process instances")), heading, alert, summary, actions, diagram, incidents, variables, historyRegion);

  let instance;
  try {
    instance = await v2("GET", `/process-instances/${encodeURIComponent(key)}`);
  } catch (error) {
    const text = error instanceof ApiError && error.status === 404
      ? `There is no process instance ${key}.`
      : error instanceof ApiError && error.status === 400 ? `"${key}" is not a process instance key.` : error.message;
    return message(alert, "error", text);
  }
  const viewer = new window.BpmnJS({ container: diagram });
  await viewer.importXML(await v2("GET", `/process-definitions/${instance.processDefinitionKey}/xml`));
  viewer.get("canvas").zoom("fit-viewport");
  const businessKey = (await businessKeys([key])).get(key);

  const refresh = async () => {
    instance = await v2("GET", `/process-instances/${key}`);
    const [elements, vars, open] = await Promise.all([
      searchAll("/element-instances/search", { filter: { processInstanceKey: key }, sort: [{ field: "startDate", order: "ASC" }] }),
      searchAll("/variables/search", { filter: { processInstanceKey: key }, sort: [{ field: "name", order: "ASC" }] }),
      searchAll("/incidents/search", { filter: { processInstanceKey: key, state: "ACTIVE" } }),
    ]);
    const marks = markDiagram(viewer, elements);
    diagram.dataset.active = [...marks].filter(([, m]) => m === "marker-active").map(([id]) => id).join(" ");
    diagram.dataset.incident = [...marks].filter(([, m]) => m === "marker-incident").map(([id]) => id).join(" ");
    diagram.dataset.completed = [...marks].filter(([, m]) => m === "marker-completed").map(([id]) => id).join(" ");
    show(
      summary,
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, "Process"), h("dd", {}, `${instance.processDefinitionName || instance.processDefinitionId} v${instance.processDefinitionVersion}`),
        h("dt", {}, "Business key"), h("dd", {}, businessKey || "—"),
        h("dt", {}, "State"), h("dd", { id: "instance-state" }, stateBadge(instance)),
        h("dt", {}, "Started"), h("dd", {}, formatDate(instance.startDate)),
        h("dt", {}, "Ended"), h("dd", {}, formatDate(instance.endDate)),
      ),
    );
    show(actions, instance.state === "ACTIVE" ? cancelControl() : null);
    show(
      incidents,
      h("h3", { id: "incidents-title" }, "Incidents"),
      table("Incidents", ["Element", "Type", "Message", "Created", ""], open.map((incident) =>
        h("tr", {}, h("td", {}, incident.elementId), h("td", {}, incident.errorType),
          h("td", { class: "error-message" }, incident.errorMessage), h("td", {}, formatDate(incident.creationTime)),
          h("td", {}, retryButton(incident, alert, refresh))))),
    );
    show(
      variables,
      h("h3", { id: "variables-title" }, "Variables"),
      table("Variables", ["Name", "Scope", "Value"], vars.map((variable) =>
        h("tr", {}, h("th", { scope: "row" }, variable.name),
          h("td", {}, variable.scopeKey === key ? "process" : variable.scopeKey),
          h("td", {}, h("code", {}, variable.isTruncated ? `${variable.value}…` : variable.value))))),
    );
    show(
      historyRegion,
      h("h3", { id: "history-title" }, "History"),
      table("History", ["Element", "Type", "State", "Started", "Ended"], elements.map((element) =>
        h("tr", {}, h("td", {}, element.elementName), h("td", {}, element.type),
          h("td", {}, element.hasIncident ? "INCIDENT" : element.state),
          h("td", {}, formatDate(element.startDate)), h("td", {}, formatDate(element.endDate))))),
    );
  };

  function cancelControl() {
    const confirmBox = h("span", { hidden: true, class: "confirm" },
      "Cancel this instance? Its open tasks and jobs end. ",
      h("button", {
        type: "button",
        class: "danger",
        onclick: async () => {
          try {
            await v2("POST", `/process-instances/${key}/cancellation`, {});
            message(alert, "success", `Process instance ${key} canceled.`);
            await refresh();
          } catch (error) {
            message(alert, "error", `Cancel failed: ${error.message}`);
          }
        },
      }, "Yes, cancel instance"),
      h("button", { type: "button", class: "secondary", onclick: () => { confirmBox.hidden = true; } }, "Keep running"),
    );
    return [
      h("button", { type: "button", class: "danger", onclick: () => { confirmBox.hidden = false; } }, "Cancel instance"),
      confirmBox,
    ];
  }

  every(REFRESH_SECONDS, refresh, refreshStatus);
}

// ---- incidents across instances ----------------------------------------------------------------

async function incidentsPage() {
  const alert = h("div", { id: "incidents-message", role: "alert" });
  const region = h("section", { id: "incident-list", "aria-live": "polite" });
  show(main, h("h2", {}, "Incidents"), alert, region);
  const refresh = async () => {
    const open = await searchAll("/incidents/search", {
      filter: { state: "ACTIVE" },
      sort: [{ field: "creationTime", order: "DESC" }],
    });
    show(
      region,
      table("Incidents", ["Instance", "Process", "Element", "Type", "Message", "Created", ""], open.map((incident) =>
        h("tr", { "data-incident-key": incident.incidentKey },
          h("td", {}, h("a", { href: `/operate/processes/${incident.processInstanceKey}` }, incident.processInstanceKey)),
          h("td", {}, incident.processDefinitionId), h("td", {}, incident.elementId), h("td", {}, incident.errorType),
          h("td", { class: "error-message" }, incident.errorMessage), h("td", {}, formatDate(incident.creationTime)),
          h("td", {}, retryButton(incident, alert, refresh))))),
    );
  };
  every(REFRESH_SECONDS, refresh, refreshStatus);
}

const { view, key } = route();
document.getElementById(view === "incidents" ? "nav-incidents" : "nav-processes").setAttribute("aria-current", "page");
if (view === "incidents") incidentsPage();
else if (view === "instance") instancePage(key);
else instancesPage();
