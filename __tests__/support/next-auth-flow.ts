// Drives next-auth's own request handler (its core, without Next's request scope) the way a
// browser does: the CSRF token, a credentials sign-in, the session endpoint and sign-out, with a
// cookie jar per browser. The app's options are built per request, as the [...nextauth] route does.
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import { buildAuthOptions } from "@/lib/auth/options";

const ORIGIN = "http://localhost:3000";
// next-auth builds its redirects from this (and warns without it), as in production.
process.env.NEXTAUTH_URL ??= ORIGIN;

type RequestInternal = {
  method?: string;
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, string>;
  action: string;
  providerId?: string;
};
type Answer = {
  status?: number;
  body?: unknown;
  redirect?: string;
  cookies?: Array<{ name: string; value: string; options?: { maxAge?: number; expires?: Date | string } }>;
};
// next-auth's core handler is not in its package exports; the Next adapter calls exactly this.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path, past the exports map
const { AuthHandler } = require(path.join(process.cwd(), "node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: RequestInternal; options: NextAuthOptions }) => Promise<Answer>;
};

export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** `providers`: extra next-auth providers beside the app's own (a fake OAuth provider). */
  constructor(
    readonly userAgent = "Mozilla/5.0 (jest browser)",
    private readonly providers: Provider[] = [],
  ) {}

  /** The Cookie header this browser sends to the app's own routes. */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get sessionToken(): string | undefined {
    return this.cookies.get("next-auth.session-token");
  }

  async call(
    action: "csrf" | "session" | "signin" | "signout" | "callback",
    init: Partial<RequestInternal> = {},
  ): Promise<Answer> {
    const headers = { host: "localhost:3000", "user-agent": this.userAgent, cookie: this.cookieHeader };
    const request = new Request(`${ORIGIN}/api/auth/${action}`, { headers });
    const answer = await AuthHandler({
      req: { method: "GET", action, cookies: Object.fromEntries(this.cookies), headers, query: {}, ...init },
      options: this.withProviders(buildAuthOptions(request)),
    });
    for (const cookie of answer.cookies ?? []) {
      const expired =
        cookie.options?.maxAge === 0 || (cookie.options?.expires && new Date(cookie.options.expires) <= new Date());
      if (expired || cookie.value === "") this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return answer;
  }

  private withProviders(options: NextAuthOptions): NextAuthOptions {
    return { ...options, providers: [...options.providers, ...this.providers] };
  }

  /**
   * next-auth's OAuth round trip: sign-in (to the provider, with a state cookie), the provider
   * sends the browser back with a code, next-auth's callback trades it and asks who it is. The
   * answer's redirect is where the browser lands (an error names why on the sign-in page).
   */
  async signInWithOAuth(providerId: string, callbackUrl = ORIGIN): Promise<Answer> {
    const csrfToken = await this.csrfToken();
    const toProvider = await this.call("signin", { method: "POST", providerId, body: { csrfToken, callbackUrl } });
    const state = new URL(toProvider.redirect!).searchParams.get("state") ?? "";
    return this.call("callback", { method: "GET", providerId, query: { code: "fake-code", state } });
  }

  async csrfToken(): Promise<string> {
    return ((await this.call("csrf")).body as { csrfToken: string }).csrfToken;
  }

  /** Signs in with email and password; the answer's redirect names an error when refused. */
  async signInWithPassword(email: string, password: string): Promise<Answer> {
    const csrfToken = await this.csrfToken();
    return this.call("callback", {
      method: "POST",
      providerId: "credentials",
      body: { email, password, csrfToken, callbackUrl: ORIGIN, json: "true" },
    });
  }

  async signOut(): Promise<Answer> {
    const csrfToken = await this.csrfToken();
    return this.call("signout", { method: "POST", body: { csrfToken, callbackUrl: ORIGIN } });
  }
}
