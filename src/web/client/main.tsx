import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, type StoreStats } from "./api.js";
import { useRoute, href } from "./router.js";
import { Overview } from "./components/Overview.js";
import { ArticleView } from "./components/ArticleView.js";
import { ArticleList } from "./components/ArticleList.js";
import { SearchView } from "./components/SearchView.js";
import { DisputesView } from "./components/DisputesView.js";

function Header({ page, q }: { page: string; q: string }) {
  const [stats, setStats] = useState<StoreStats | null>(null);
  const [text, setText] = useState(q);
  useEffect(() => { api.stats().then(setStats).catch(() => setStats(null)); }, []);
  useEffect(() => setText(q), [q]);
  return (
    <header class="top">
      <a class="brand" href="#/">eventline</a>
      <nav>
        <a href="#/" class={page === "overview" ? "on" : ""}>Events</a>
        <a href="#/articles" class={page === "articles" || page === "article" ? "on" : ""}>Articles</a>
        <a href="#/disputes" class={page === "disputes" ? "on" : ""}>Disputes</a>
      </nav>
      <form class="search" role="search" onSubmit={(e) => { e.preventDefault(); if (text.trim()) location.hash = href("search", undefined, { q: text.trim() }); }}>
        <input type="search" placeholder="Search articles and quotes" aria-label="Search" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      </form>
      {stats && <span class="stats">{stats.documents} documents · {stats.articles} articles · {stats.events} events · {stats.actors} actors</span>}
    </header>
  );
}

function App() {
  const route = useRoute();
  return (
    <>
      <Header page={route.page} q={route.page === "search" ? route.params.get("q") ?? "" : ""} />
      <main>
        {route.page === "overview" && <Overview params={route.params} />}
        {route.page === "article" && route.id && <ArticleView id={route.id} selected={route.params.get("event")} claim={route.params.get("claim")} />}
        {route.page === "articles" && <ArticleList offset={Number(route.params.get("offset") ?? 0)} />}
        {route.page === "search" && <SearchView q={route.params.get("q") ?? ""} />}
        {route.page === "disputes" && <DisputesView actor={route.params.get("actor") ?? ""} offset={Number(route.params.get("offset") ?? 0)} />}
      </main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
