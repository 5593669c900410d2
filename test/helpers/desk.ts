// A person at the desk without a browser: a cookie jar, pages as HTML, and forms posted with the CSRF
// token the last page carried.
import type { Service } from "./service.js";

export interface Visit {
  status: number;
  html: string;
  location: string | null;
  setCookie: string[];
}

export function deskUser(s: Service) {
  let cookie = "";
  let csrf = "";
  const visit = async (path: string, init: RequestInit = {}): Promise<Visit> => {
    const res = await s.app.request(path, {
      ...init,
      headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) },
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(";");
      const [name, value] = pair!.split("=");
      const rest = cookie.split("; ").filter((p) => p && !p.startsWith(`${name}=`));
      cookie = (value ? [...rest, pair!] : rest).join("; ");
    }
    const html = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) csrf = token;
    return { status: res.status, html, location: res.headers.get("location"), setCookie };
  };
  const user = {
    get: (path: string) => visit(path),
    /** Posts a form; the page's CSRF token goes with it unless `_csrf` is given (or null: none). */
    post: (path: string, fields: Record<string, string | null>) => {
      const body = new URLSearchParams();
      const withToken = { _csrf: csrf, ...fields };
      for (const [k, v] of Object.entries(withToken)) if (v !== null) body.set(k, v);
      return visit(path, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: body.toString(),
      });
    },
    async signIn(key: string) {
      const res = await user.post("/app/login", { key, _csrf: null });
      await user.get("/app");
      return res;
    },
    get cookie() {
      return cookie;
    },
    set cookie(value: string) {
      cookie = value;
    },
  };
  return user;
}
