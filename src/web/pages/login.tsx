// Sign-in with an API key: the key is checked once and never kept, in the cookie or anywhere else.
import { Page } from "../layout.js";

export const LoginPage = (props: { error?: string; next?: string }) => (
  <Page title="Sign in">
    <p>Sign in with your organisation's API key. The desk keeps a session, never the key.</p>
    {props.error && (
      <div class="notice error" role="alert">
        {props.error}
      </div>
    )}
    <form class="stack" method="post" action="/app/login">
      {props.next && <input type="hidden" name="next" value={props.next} />}
      <label>
        API key
        <input type="password" name="key" required autocomplete="current-password" />
      </label>
      <button type="submit">Sign in</button>
    </form>
  </Page>
);
