import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import {
  checkActionOrigin,
  checkAddress,
  checkAuthRequest,
  checkContentLength,
  formActionProblem,
  guardRequest,
  MAX_ACTION_ARGUMENTS,
  MAX_ADDRESS_LENGTH,
  MAX_BODY_BYTES,
  multipartBoundary,
  multipartReplyProblem,
  parseMultipart,
  replyProblem,
  type AuthRequest,
} from "@/lib/server/request-guard";

// React's own encoder, the one the browser uses to send a server action's arguments.
const require = createRequire(import.meta.url);
const flightClient = require("next/dist/compiled/react-server-dom-turbopack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

describe("checkAddress", () => {
  it("lets ordinary addresses through, escapes and all", () => {
    for (const [pathname, search] of [
      ["/", ""],
      ["/plan/2026-W48", ""],
      ["/foods", "?aisle=produce&role=fruit"],
      ["/api/search", "?q=k%C3%A4se&kind=food"],
      [`/recipes/${encodeURIComponent("😀 ü")}`, ""],
      ["/_next/static/chunks/x.js", ""],
      ["/_next", ""],
    ]) {
      expect(checkAddress(pathname!, search!), pathname).toBeNull();
    }
  });

  it("answers a path with a broken or non-UTF-8 %-escape with 400 (Next's router answers 500)", () => {
    for (const pathname of ["/plan/%ff", "/plan/%", "/plan/%E0%A4%A", "/foods/%C0%AF", "/recipes/abc%", "/%zz", "/api/auth/%F0%9F%98"]) {
      expect(checkAddress(pathname, ""), pathname).toMatchObject({ status: 400 });
    }
  });

  it("answers Next's internal pages with 404", () => {
    for (const pathname of ["/_global-error", "/_not-found", "/_error", "/_app"])
      expect(checkAddress(pathname, "")).toMatchObject({ status: 404 });
  });

  it("measures length as the sign-in redirect carries the address (escaped once more), and answers 414 past it", () => {
    // The leading "/" is "%2F": three characters.
    expect(checkAddress(`/${"a".repeat(MAX_ADDRESS_LENGTH - 3)}`, "")).toBeNull();
    expect(checkAddress(`/${"a".repeat(MAX_ADDRESS_LENGTH - 2)}`, "")).toMatchObject({ status: 414 });
    // Each "&" becomes "%26" in the callbackUrl: a third of the length is enough.
    expect(checkAddress("/foods", `?${"&".repeat(MAX_ADDRESS_LENGTH / 3)}`)).toMatchObject({ status: 414 });
  });
});

describe("checkContentLength", () => {
  it("answers a declared body over 1 MB with 413 and a length that is not a number with 400", () => {
    expect(checkContentLength(null)).toBeNull();
    expect(checkContentLength("0")).toBeNull();
    expect(checkContentLength(String(MAX_BODY_BYTES))).toBeNull();
    expect(checkContentLength(String(MAX_BODY_BYTES + 1))).toMatchObject({ status: 413 });
    expect(checkContentLength("lots")).toMatchObject({ status: 400 });
  });
});

describe("checkActionOrigin", () => {
  it("compares the Origin's host with X-Forwarded-Host (its first value), else Host, as Next does", () => {
    expect(checkActionOrigin(null, "glowplate.test", null)).toBeNull();
    expect(checkActionOrigin("https://glowplate.test", "glowplate.test", null)).toBeNull();
    expect(checkActionOrigin("https://glowplate.test", "internal:3000", "glowplate.test, proxy.local")).toBeNull();
    expect(checkActionOrigin("https://evil.example", "glowplate.test", null)).toMatchObject({ status: 403 });
    expect(checkActionOrigin("https://glowplate.test", "glowplate.test", "evil.example")).toMatchObject({ status: 403 });
    expect(checkActionOrigin("null", "glowplate.test", null)).toMatchObject({ status: 403 });
    expect(checkActionOrigin("https://glowplate.test", null, null)).toMatchObject({ status: 403 });
    expect(checkActionOrigin("::::", "glowplate.test", null)).toMatchObject({ status: 400 });
  });
});

describe("replyProblem", () => {
  it("accepts what the client's encodeReply writes for plain data", async () => {
    const shared = { kind: "food", foodId: "a", gramsPerServing: 100 };
    const inputs: unknown[][] = [
      [{ week: "2026-W48", version: 3, itemId: "x", servings: 1.5 }],
      [{ week: "2026-W48", seed: undefined, note: "$5 off", when: new Date(0), big: 12n, nan: Number.NaN, inf: -Infinity, zero: -0 }],
      [{ week: "2026-W48", items: [{ ref: shared }, { ref: shared }] }],
      [],
      [null, "two", 3],
    ];
    for (const input of inputs) {
      const body = await flightClient.encodeReply(input);
      expect(typeof body).toBe("string");
      expect(replyProblem(body as string), body as string).toBeNull();
    }
  });

  it("accepts a FormData argument, sent as multipart with the arguments in row 0", async () => {
    const form = new FormData();
    form.append("name", "Kimchi");
    form.append("slots", "lunch");
    form.append("slots", "dinner");
    const body = await flightClient.encodeReply([form]);
    expect(body).toBeInstanceOf(FormData);
    const fields = [...(body as FormData).entries()].map(([name, value]) => ({ name, value: typeof value === "string" ? value : null }));
    expect(multipartReplyProblem(fields)).toBeNull();
    expect(multipartReplyProblem(fields.filter((f) => f.name !== "0"))).not.toBeNull();
    expect(multipartReplyProblem([...fields, { name: "0", value: "[]" }])).not.toBeNull();
  });

  it("refuses what React's decoder throws on, and references this client never sends", () => {
    const refused = [
      "",
      "[",
      "{",
      "null",
      '"x"',
      "{}",
      '["$1"]',
      '["$1:__proto__:then"]',
      '["$Q1"]',
      '["$W1"]',
      '["$h1"]',
      '["$@1"]',
      '["$T"]',
      '["$B1"]',
      '["$R1"]',
      '["$n1x"]',
      '["$"]',
      '[{"b":"$0:0:a","a":{}}]', // a reference to an object not written yet
      '[{"__proto__":{"x":1}}]',
      JSON.stringify(new Array(MAX_ACTION_ARGUMENTS + 1).fill(null)),
      `${"[".repeat(100)}${"]".repeat(100)}`,
    ];
    for (const body of refused) expect(replyProblem(body), body).not.toBeNull();
  });

  it("accepts any plain value the client encodes (property)", async () => {
    // A "__proto__" key is refused on purpose (replyProblem); JSON.parse makes one, no form does.
    const hasProtoKey = (value: unknown): boolean =>
      typeof value === "object" && value !== null && (Object.hasOwn(value, "__proto__") || Object.values(value).some(hasProtoKey));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 6 }), { maxLength: 3 }).filter((args) => !hasProtoKey(args)),
        async (args) => {
          const body = await flightClient.encodeReply(args);
          expect(replyProblem(body as string)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("passes nothing that React's own decoder throws on (property, against the real decoder)", async () => {
    // Bodies near the grammar's edges: real encodings, then mutated with reply markers.
    const marker = fc.constantFrom(
      "$1",
      "$0",
      "$0:0",
      "$0:0:a",
      "$K1",
      "$Q0",
      "$@0",
      "$D",
      "$n",
      "$n-1",
      "$T",
      "$$",
      "$undefined",
      "$h0",
      "$Z",
    );
    const bodies = fc.sample(
      fc.tuple(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 2 }), fc.array(marker, { maxLength: 3 })).map(([args, markers]) => {
        const text = JSON.stringify([{ a: args, b: markers }, ...markers]);
        return text;
      }),
      400,
    );
    const accepted = bodies.filter((body) => replyProblem(body) === null);
    expect(accepted.length).toBeGreaterThan(20);
    // React's server decoder runs only under the react-server condition: in a node of its own.
    const script = `
      process.env.NODE_ENV = "production";
      const s = require(${JSON.stringify(require.resolve("next/dist/compiled/react-server-dom-turbopack/server.node.js"))});
      const bodies = JSON.parse(require("fs").readFileSync(0, "utf8"));
      (async () => {
        const failures = [];
        for (const body of bodies) {
          try { await s.decodeReply(body, {}, { temporaryReferences: s.createTemporaryReferenceSet() }); }
          catch (error) { failures.push(body + " -> " + error.message); }
        }
        process.stdout.write(JSON.stringify(failures));
      })();`;
    const result = spawnSync(process.execPath, ["--conditions", "react-server", "-e", script], {
      input: JSON.stringify(accepted),
      encoding: "utf8",
      cwd: path.resolve("."),
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});

describe("multipart bodies", () => {
  const type = "multipart/form-data; boundary=b";
  const part = (name: string, value: string) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("reads the boundary, quoted or not", () => {
    expect(multipartBoundary("multipart/form-data; boundary=----abc")).toBe("----abc");
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(multipartBoundary("multipart/form-data")).toBeNull();
  });

  it("parses a whole body, and refuses one without a boundary or its closing delimiter", async () => {
    expect(await parseMultipart(bytes(`${part("0", "[]")}--b--\r\n`), type)).toEqual([{ name: "0", value: "[]" }]);
    expect(await parseMultipart(bytes(`${part("0", "[]")}--b--\r\n`), "multipart/form-data")).toBeNull();
    expect(await parseMultipart(bytes(part("0", "[]")), type)).toBeNull();
    expect(await parseMultipart(bytes("--b\r\nContent-Disp"), type)).toBeNull();
  });

  it("checks a no-JavaScript form action's bound arguments", () => {
    expect(formActionProblem([{ name: "$ACTION_ID_abc", value: "" }])).toBeNull();
    const bound = (meta: string, args?: string) => [
      { name: "$ACTION_REF_1", value: "" },
      { name: "$ACTION_1:0", value: meta },
      ...(args === undefined ? [] : [{ name: "$ACTION_1:1", value: args }]),
    ];
    expect(formActionProblem(bound('{"id":"abc","bound":null}'))).toBeNull();
    expect(formActionProblem(bound('{"id":"abc","bound":"$@1"}', '["x"]'))).toBeNull();
    expect(formActionProblem(bound('{"id":"abc","bound":"$@1"}'))).not.toBeNull();
    expect(formActionProblem(bound('{"id":"abc","bound":"$@1"}', "["))).not.toBeNull();
    expect(formActionProblem(bound("["))).not.toBeNull();
    expect(formActionProblem([{ name: "$ACTION_REF_1", value: "" }])).not.toBeNull();
  });
});

describe("checkAuthRequest", () => {
  const base: AuthRequest = {
    method: "GET",
    segments: ["session"],
    contentType: null,
    body: null,
    callbackUrls: [],
    callbackCookies: [],
    base: "http://localhost:3000",
  };

  it("lets next-auth's own requests through", () => {
    expect(checkAuthRequest(base)).toBeNull();
    expect(
      checkAuthRequest({
        ...base,
        callbackUrls: ["/plan"],
        callbackCookies: [{ name: "next-auth.callback-url", value: "http://localhost:3000" }],
      }),
    ).toBeNull();
    expect(
      checkAuthRequest({
        ...base,
        method: "POST",
        segments: ["callback", "credentials"],
        contentType: "application/x-www-form-urlencoded",
        body: "email=a%40b.c&password=x&csrfToken=t&callbackUrl=%2Fplan&json=true",
      }),
    ).toBeNull();
  });

  it("answers the requests next-auth answers with 500 with a 4xx", () => {
    expect(checkAuthRequest({ ...base, segments: ["callback", "credentials"] })).toMatchObject({ status: 405, headers: { allow: "POST" } });
    expect(checkAuthRequest({ ...base, callbackUrls: ["foo"] })).toMatchObject({ status: 400 });
    expect(checkAuthRequest({ ...base, callbackUrls: ["javascript:alert(1)"] })).toMatchObject({ status: 400 });
    expect(checkAuthRequest({ ...base, method: "POST", contentType: "application/json", body: "{" })).toMatchObject({ status: 400 });
    expect(checkAuthRequest({ ...base, method: "POST", contentType: "application/json", body: '{"callbackUrl":"foo"}' })).toMatchObject({
      status: 400,
    });
    expect(
      checkAuthRequest({ ...base, method: "POST", contentType: "application/x-www-form-urlencoded", body: "callbackUrl=%E0%A4%A" }),
    ).toMatchObject({ status: 400 });
  });

  it("clears a broken callback cookie as it refuses it, so the next sign-in works", () => {
    expect(checkAuthRequest({ ...base, callbackCookies: [{ name: "next-auth.callback-url", value: "%ff" }] })).toMatchObject({
      status: 400,
      headers: { "set-cookie": expect.stringContaining("next-auth.callback-url=; Path=/; Max-Age=0") },
    });
  });
});

describe("guardRequest", () => {
  const origin = "http://glowplate.test";
  const action = (body: BodyInit, headers: Record<string, string> = {}) =>
    new NextRequest(`${origin}/plan/2026-W48`, {
      method: "POST",
      headers: {
        host: "glowplate.test",
        origin,
        "next-action": "7f".padEnd(42, "0"),
        "content-type": "text/plain;charset=UTF-8",
        ...headers,
      },
      body,
    });

  it("lets a well-formed action call and an ordinary page through", async () => {
    expect(await guardRequest(action('[{"week":"2026-W48","version":1}]'))).toBeNull();
    expect(await guardRequest(new NextRequest(`${origin}/foods?aisle=produce`))).toBeNull();
  });

  it("answers with a short plain-text 4xx, never a stack", async () => {
    const cases: [NextRequest, number][] = [
      [new NextRequest(`${origin}/plan/%ff`), 400],
      [action("["), 400],
      [action('[{"a":1}]', { origin: "http://evil.example" }), 403],
      [action("x".repeat(MAX_BODY_BYTES + 1)), 413],
      [action(new Blob(["--b\r\nContent-Disp"]), { "content-type": "multipart/form-data; boundary=b" }), 400],
    ];
    for (const [request, status] of cases) {
      const response = await guardRequest(request);
      expect(response?.status, request.url).toBe(status);
      const text = await response!.text();
      expect(text.length).toBeLessThan(120);
      expect(text).not.toMatch(/ at |node_modules|Error/);
      expect(response!.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });
});
