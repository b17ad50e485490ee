// The first page of each benchmark query as the built ExampleSearchService answers it: total, the 20
// slugs in order, the snippets and every facet's counts. run.mjs writes it with --pages-out and compares
// it with an earlier file with --compare-pages, so a change to the search can show that ranking and
// results stayed the same (bench/README.md keeps the comparison of the last change).
import { createHash } from 'node:crypto';

export async function firstPages(service, queries) {
  const pages = {};
  for (const query of queries) {
    const result = await service.search(null, { query: query.q ?? null, filter: query.f ?? null, sort: query.s ?? 'RELEVANCE', first: 20, after: null });
    pages[query.n] = {
      name: query.name,
      total: result.totalCount,
      approximate: result.approximate,
      slugs: result.edges.map((edge) => edge.node.slug),
      snippets: createHash('sha1').update(JSON.stringify(result.edges.map((edge) => edge.snippet))).digest('hex'),
      facets: createHash('sha1').update(JSON.stringify(result.facets)).digest('hex'),
    };
  }
  return pages;
}

/** One line per query: the same, or what differs. */
export function comparePages(before, after) {
  const lines = [];
  for (const [n, now] of Object.entries(after)) {
    const then = before[n];
    if (!then) { lines.push(`| ${n} | ${now.name} | no earlier page |`); continue; }
    const differs = [];
    if (then.total !== now.total) differs.push(`total ${then.total} → ${now.total}`);
    if (then.approximate !== now.approximate) differs.push('approximate');
    const same = then.slugs.filter((slug, i) => now.slugs[i] === slug).length;
    if (same !== Math.max(then.slugs.length, now.slugs.length)) differs.push(`${same} of ${now.slugs.length} slugs in the same place`);
    if (then.snippets !== now.snippets) differs.push('snippets');
    if (then.facets !== now.facets) differs.push('facets');
    lines.push(`| ${n} | ${now.name.replace(/\|/g, '\\|')} | ${now.total} | ${now.slugs.length} | ${differs.length ? `**differs**: ${differs.join(', ')}` : 'identical'} |`);
  }
  return ['| # | query | total | page | first page before → after (total, order of 20 slugs, snippets, facets) |', '| ---: | --- | ---: | ---: | --- |', ...lines];
}
