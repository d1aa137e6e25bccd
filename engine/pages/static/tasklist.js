// Tasklist: the signed-in person's tasks and a task page with its Camunda Form (form-js).
// Claim, unclaim and complete go through /v2/user-tasks; the assignee the engine records is the
// person who completed the task.
import { ApiError, businessKeys, engineNow, searchAll, v2, variableValue } from "./api.js";
import { dueBadge, every, formatDate, h, message, show } from "./dom.js";
import { currentUser, identityNote, signInForm, signOut } from "./session.js";

const REFRESH_SECONDS = 3;
const FILTERS = {
  mine: { label: "Assigned to me", filter: (user) => ({ state: "CREATED", assignee: user.username }) },
  groups: {
    label: "Unassigned in my groups",
    filter: (user) => ({
      state: "CREATED",
      assignee: { $exists: false },
      $or: [{ candidateGroup: { $in: user.groups } }, { candidateUser: user.username }],
    }),
  },
  open: { label: "All open", filter: () => ({ state: "CREATED" }) },
  completed: { label: "Completed", filter: () => ({ state: "COMPLETED" }) },
};
const OPEN_ORDER = [
  { field: "priority", order: "DESC" },
  { field: "dueDate", order: "ASC" },
];

const main = document.getElementById("main");
const refreshStatus = document.getElementById("refresh-status");
let stopRefresh = () => {};

function taskKeyFromPath() {
  const parts = location.pathname.split("/").filter(Boolean);
  return parts.length > 1 ? decodeURIComponent(parts[1]) : null;
}

function selectedFilter() {
  const name = new URLSearchParams(location.search).get("filter");
  return FILTERS[name] ? name : "groups";
}

function renderWho(user) {
  const who = document.getElementById("who");
  if (!user) return show(who);
  show(
    who,
    h("span", { id: "signed-in-as" }, `Signed in as ${user.username} (${user.groups.join(", ")})`),
    h("button", { type: "button", class: "link", onclick: () => { signOut(); start(); } }, "Sign out"),
    identityNote(),
  );
}

/** May `user` act on `task`? Candidate users and groups as Camunda's Tasklist reads them. */
export function candidacy(task, user) {
  if (task.assignee && task.assignee !== user.username) {
    return `This task is assigned to ${task.assignee}. Ask them or a team lead to unassign it first.`;
  }
  const groups = task.candidateGroups || [];
  const users = task.candidateUsers || [];
  if (!groups.length && !users.length) return null;
  if (users.includes(user.username) || groups.some((group) => user.groups.includes(group))) return null;
  const offered = [
    groups.length ? `groups ${groups.join(", ")}` : null,
    users.length ? `users ${users.join(", ")}` : null,
  ].filter(Boolean).join(" and ");
  return `You (${user.username}) are not a candidate for this task: it is offered to ${offered}. Nothing was changed.`;
}

/** A form field's label for messages, by the id form-js reports errors under. */
function fieldLabel(form, id) {
  const field = form.get("formFieldRegistry").get(id);
  return field?.label || field?.key || id;
}

function staleText(key) {
  return `Task ${key} is no longer open: it was completed or cancelled elsewhere. Nothing was changed.`;
}

async function renderList(user, region) {
  const name = selectedFilter();
  const sort = name === "completed" ? [{ field: "completionDate", order: "DESC" }] : OPEN_ORDER;
  const [tasks, now] = await Promise.all([
    searchAll("/user-tasks/search", { filter: FILTERS[name].filter(user), sort }),
    engineNow(),
  ]);
  const keys = await businessKeys(tasks.map((task) => task.processInstanceKey));
  const rows = tasks.map((task) =>
    h(
      "li",
      { class: "task-item", "data-task-key": task.userTaskKey },
      h("a", { href: `/tasklist/${task.userTaskKey}` }, task.name || task.elementId),
      h("span", { class: "muted" }, ` ${task.processName || task.processDefinitionId}`),
      h("span", { class: "business-key" }, keys.get(task.processInstanceKey) || ""),
      h("span", { class: "priority" }, `Priority ${task.priority}`),
      name === "completed"
        ? h("span", { class: "muted" }, `Completed ${formatDate(task.completionDate)} by ${task.assignee || "—"}`)
        : dueBadge(task.dueDate, now),
      task.assignee && name !== "completed" ? h("span", { class: "muted" }, `Assignee ${task.assignee}`) : null,
    ),
  );
  show(
    region,
    rows.length
      ? h("ul", { class: "tasks", "aria-label": FILTERS[name].label }, rows)
      : h("p", { class: "muted" }, "No tasks here."),
  );
}

function filterNav() {
  const current = selectedFilter();
  return h(
    "nav",
    { class: "filters", "aria-label": "Task filters" },
    Object.entries(FILTERS).map(([name, { label }]) =>
      h("a", { href: `/tasklist?filter=${name}`, "aria-current": name === current ? "page" : false }, label),
    ),
  );
}

function listPage(user) {
  const region = h("section", { id: "task-list", "aria-live": "polite" });
  show(main, h("section", { class: "list" }, h("h2", {}, "Tasks"), filterNav(), region));
  stopRefresh = every(REFRESH_SECONDS, () => renderList(user, region), refreshStatus);
}

async function loadTask(key) {
  try {
    return await v2("GET", `/user-tasks/${encodeURIComponent(key)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    if (error instanceof ApiError && error.status === 400) {
      throw new ApiError(400, "INVALID_ARGUMENT", `"${key}" is not a task key: keys are numbers.`);
    }
    throw error;
  }
}

async function taskVariables(key) {
  const found = await v2("POST", `/user-tasks/${key}/variables/search?truncateValues=false`, {});
  return Object.fromEntries(found.items.map((item) => [item.name, variableValue(item)]));
}

function taskFacts(task, businessKey, now) {
  const fact = (term, ...value) => [h("dt", {}, term), h("dd", {}, ...value)];
  return h(
    "dl",
    { class: "facts", id: "task-facts" },
    fact("Process", task.processName || task.processDefinitionId),
    fact("Business key", businessKey || "—"),
    fact("Created", formatDate(task.creationDate)),
    fact("Due", task.dueDate ? formatDate(task.dueDate) : "—", " ", dueBadge(task.dueDate, now)),
    fact("Priority", String(task.priority)),
    fact("Assignee", task.assignee || "Unassigned"),
    fact("Candidates", [...(task.candidateGroups || []), ...(task.candidateUsers || [])].join(", ") || "Anyone"),
    fact("State", task.state),
  );
}

async function taskPage(user, key) {
  stopRefresh();
  const alert = h("div", { id: "task-message", role: "alert" });
  const facts = h("div", {});
  const heading = h("h2", {}, "Task");
  const actions = h("div", { class: "actions" });
  const formContainer = h("div", { id: "task-form", class: "form" });
  const variablesRegion = h("details", { class: "variables" });
  show(
    main,
    h("p", {}, h("a", { href: "/tasklist" }, "← All tasks")),
    h("article", { class: "card task", "aria-labelledby": "task-title" }, heading, alert, facts, actions, formContainer, variablesRegion),
  );
  heading.id = "task-title";

  let task;
  try {
    task = await loadTask(key);
  } catch (error) {
    return message(alert, "error", error.message);
  }
  if (!task) {
    return message(alert, "error", `There is no task ${key}. The link may be wrong, or the task was completed and cleaned up.`);
  }
  heading.textContent = task.name || task.elementId;
  const [variables, keys, now] = await Promise.all([
    taskVariables(key),
    businessKeys([task.processInstanceKey]),
    engineNow(),
  ]);
  const businessKey = keys.get(task.processInstanceKey);
  show(facts, taskFacts(task, businessKey, now));
  show(
    variablesRegion,
    h("summary", {}, "Variables"),
    h("table", {}, h("tbody", {}, Object.entries(variables).map(([name, value]) =>
      h("tr", {}, h("th", { scope: "row" }, name), h("td", {}, h("code", {}, JSON.stringify(value))))))),
  );
  if (task.state !== "CREATED") {
    message(alert, "info", `This task is ${task.state.toLowerCase()}${task.assignee ? ` (by ${task.assignee})` : ""}.`);
    return;
  }

  let form = null;
  if (task.formKey) {
    const linked = await v2("GET", `/user-tasks/${key}/form`);
    // No debounce: what the person typed is in the form state when they press Complete.
    form = new window.FormViewer.Form({ container: formContainer, debounce: false });
    await form.importSchema(JSON.parse(linked.schema), variables);
  }

  const act = async (work) => {
    for (const button of actions.querySelectorAll("button")) button.disabled = true;
    try {
      await work();
    } finally {
      for (const button of actions.querySelectorAll("button")) button.disabled = false;
    }
  };

  /** The task as it is now, or a message why nobody may act on it (nothing changed). */
  const current = async () => {
    const fresh = await loadTask(key);
    if (!fresh || fresh.state !== "CREATED") {
      message(alert, "error", staleText(key));
      return null;
    }
    const refusal = candidacy(fresh, user);
    if (refusal) {
      message(alert, "error", refusal);
      return null;
    }
    return fresh;
  };

  const claim = () => act(async () => {
    const fresh = await current();
    if (!fresh) return;
    try {
      await v2("POST", `/user-tasks/${key}/assignment`, { assignee: user.username, allowOverride: false });
      message(alert, "success", `Claimed by ${user.username}.`);
      await taskPage(user, key);
    } catch (error) {
      message(alert, "error", error.status === 404 ? staleText(key) : `Could not claim: ${error.message}`);
    }
  });

  const unclaim = () => act(async () => {
    try {
      await v2("DELETE", `/user-tasks/${key}/assignee`);
      await taskPage(user, key);
    } catch (error) {
      message(alert, "error", error.status === 404 ? staleText(key) : `Could not unclaim: ${error.message}`);
    }
  });

  const complete = () => act(async () => {
    let data = {};
    if (form) {
      const result = form.submit();
      const invalid = Object.keys(result.errors).map((id) => fieldLabel(form, id));
      if (invalid.length) {
        message(alert, "error", `The form has errors in ${invalid.join(", ")}: fix the highlighted fields, then complete again. Nothing was sent.`);
        return;
      }
      data = result.data;
    }
    const fresh = await current();
    if (!fresh) return;
    let claimedHere = false;
    try {
      if (fresh.assignee !== user.username) {
        await v2("POST", `/user-tasks/${key}/assignment`, { assignee: user.username, allowOverride: false });
        claimedHere = true;
      }
      await v2("POST", `/user-tasks/${key}/completion`, { variables: data });
    } catch (error) {
      if (claimedHere && error.status !== 404) {
        await v2("DELETE", `/user-tasks/${key}/assignee`).catch(() => {});
      }
      message(alert, "error", error.status === 404 ? staleText(key) : `The engine refused the completion: ${error.message}. The task is still open.`);
      return;
    }
    stopRefresh();
    show(actions);
    show(formContainer);
    message(alert, "success", `Completed by ${user.username}. The process goes on; this task has left your list.`);
  });

  show(
    actions,
    task.assignee === user.username
      ? h("button", { type: "button", class: "secondary", onclick: unclaim }, "Unclaim")
      : h("button", { type: "button", class: "secondary", onclick: claim }, "Claim"),
    h("button", { type: "button", id: "complete-task", onclick: complete }, "Complete task"),
  );

  stopRefresh = every(REFRESH_SECONDS, async () => {
    const [fresh, clock] = await Promise.all([loadTask(key), engineNow()]);
    if (!fresh || fresh.state !== "CREATED") {
      message(alert, "error", staleText(key));
      return;
    }
    show(facts, taskFacts(fresh, businessKey, clock));
  }, refreshStatus);
}

async function start() {
  stopRefresh();
  const user = currentUser();
  renderWho(user);
  if (!user) {
    show(main, await signInForm(() => start()));
    return;
  }
  const key = taskKeyFromPath();
  if (key) await taskPage(user, key);
  else listPage(user);
}

start();
