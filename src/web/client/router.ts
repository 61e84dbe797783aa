// Hash routes: #/ overview, #/article/ID?event=REPORT (or ?claim=CLAIM), #/articles, #/search?q=TEXT, #/disputes?actor=X
import { useEffect, useState } from "preact/hooks";

export interface Route { page: "overview" | "article" | "articles" | "search" | "disputes"; id?: string; params: URLSearchParams }

export function parseRoute(hash: string): Route {
  const [path, query = ""] = hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "article" && parts[1]) return { page: "article", id: parts[1], params };
  if (parts[0] === "articles") return { page: "articles", params };
  if (parts[0] === "search") return { page: "search", params };
  if (parts[0] === "disputes") return { page: "disputes", params };
  return { page: "overview", params };
}

export function href(page: string, id?: string, params: Record<string, string> = {}): string {
  const q = new URLSearchParams(params).toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ""}${q ? `?${q}` : ""}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}
