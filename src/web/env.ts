// What a desk request carries: the API's variables, plus the signed-in session and its in-process client.
import type { AppEnv } from "../api/env.js";
import type { Session } from "../store/sessions.js";
import type { DeskApi } from "./api.js";

export interface WebEnv {
  Variables: AppEnv["Variables"] & {
    session: Session;
    api: DeskApi;
    /** The session cookie's token, to end it on sign-out. */
    sessionToken: string;
  };
}
