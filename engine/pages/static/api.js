// The few Orchestration Cluster REST API (/v2) calls the pages make. Nothing else is used, so
// the pages work the same against a Camunda 8 cluster's API.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export async function v2(method, path, body) {
  const init = { method, headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/v2${path}`, init);
  } catch (error) {
    throw new ApiError(0, "UNAVAILABLE", `The engine did not answer (${error.message}).`);
  }
  const text = await response.text();
  const type = response.headers.get("Content-Type") || "";
  const parsed = text && type.includes("json") ? JSON.parse(text) : text;
  if (!response.ok) {
    const problem = typeof parsed === "object" && parsed ? parsed : {};
    throw new ApiError(response.status, problem.title, problem.detail || String(parsed));
  }
  return parsed;
}

/** Every page of a search (Camunda pages with limit + after cursor). */
export async function searchAll(path, body, limit = 500) {
  const items = [];
  let after;
  for (;;) {
    const page = after === undefined ? { limit } : { limit, after };
    const found = await v2("POST", path, { ...body, page });
    items.push(...found.items);
    if (found.items.length < limit || !found.page.endCursor) return items;
    after = found.page.endCursor;
  }
}

/** A variable's JSON text as a value; text that is not JSON stays text. */
export function variableValue(variable) {
  try {
    return JSON.parse(variable.value);
  } catch {
    return variable.value;
  }
}

/** Business keys (the `businessKey` variable Baton sets at start) by process instance key. */
export async function businessKeys(instanceKeys) {
  const keys = [...new Set(instanceKeys)];
  if (!keys.length) return new Map();
  const found = await searchAll("/variables/search", {
    filter: { name: "businessKey", processInstanceKey: { $in: keys } },
  });
  return new Map(found.map((v) => [v.processInstanceKey, String(variableValue(v))]));
}

/** The engine's time: GET /v2/clock (Camunda 8.11); the browser's clock where it is absent. */
export async function engineNow() {
  try {
    const clock = await v2("GET", "/clock");
    return Date.parse(clock.timestamp);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
      return Date.now();
    }
    throw error;
  }
}
