// Local sign-in for the engine's Tasklist: a user name and groups from the users file the engine
// serves at /tasklist/local-users, kept in localStorage. Production uses Camunda Identity.
import { h } from "./dom.js";

const KEY = "baton.tasklist.user";

export function currentUser() {
  try {
    const user = JSON.parse(localStorage.getItem(KEY) || "null");
    return user && typeof user.username === "string" && Array.isArray(user.groups) ? user : null;
  } catch {
    return null;
  }
}

export function signOut() {
  localStorage.removeItem(KEY);
}

export async function signInForm(onSignedIn) {
  const response = await fetch("/tasklist/local-users");
  const { users } = await response.json();
  const select = h(
    "select",
    { id: "sign-in-user", name: "user", required: true },
    users.map((user) =>
      h("option", { value: user.username }, `${user.name} (${user.username}: ${user.groups.join(", ")})`),
    ),
  );
  const form = h(
    "form",
    {
      class: "card sign-in",
      "aria-labelledby": "sign-in-title",
      onsubmit: (event) => {
        event.preventDefault();
        const user = users.find((candidate) => candidate.username === select.value);
        localStorage.setItem(KEY, JSON.stringify(user));
        onSignedIn(user);
      },
    },
    h("h2", { id: "sign-in-title" }, "Sign in"),
    h("label", { for: "sign-in-user" }, "User"),
    select,
    h("button", { type: "submit" }, "Sign in"),
    identityNote(),
  );
  return form;
}

export function identityNote() {
  return h(
    "p",
    { class: "note", role: "note" },
    "Local sign-in for this engine only: no passwords, users from config/tasklist-users.yaml. ",
    "Production signs people in through Camunda Identity.",
  );
}
