<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "propose-change.ftl" as proposeChange>
<@layout.page title=title root=root site=site active="model">
<h1>${name}</h1>
<@proposeChange.link editHref "model"/>

<section aria-labelledby="levels">
<h2 id="levels">${msg("model.levels")}</h2>
<ol class="levels">
<#list levels as l><li><@layout.level l.level/><#if l.description?has_content><div>${l.description?no_esc}</div></#if></li></#list>
</ol>
</section>

<section aria-labelledby="rubric">
<h2 id="rubric">${msg("model.rubric")}</h2>
<#assign firstLevelMarkup><@layout.level firstLevel/></#assign>
<p>${msg("model.rubric.intro", firstLevelMarkup)}</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="rubric-table">
<table class="rubric">
<caption id="rubric-table">${msg("model.rubric.caption")}</caption>
<thead><tr><th scope="col">${msg("model.rubric.dimension")}</th><#list higherLevels as l><th scope="col"><@layout.level l/></th></#list></tr></thead>
<tbody>
<#list rows as row>
<tr><th scope="row"><a href="${root}${row.href}">${row.name}</a> (${row.weight})</th>
<#list row.cells as cell><td><#if cell.description?has_content>${cell.description?no_esc}</#if><#if cell.checks?has_content><ul><#list cell.checks as c><li>${c.metric}: ${c.wanted}</li></#list></ul><#else><span class="no-data">${msg("model.rubric.no-checks")}</span></#if></td></#list>
</tr>
</#list>
</tbody>
</table>
</div>
</section>

<section aria-labelledby="figures">
<h2 id="figures">${msg("model.figures")}</h2>
<dl>
<dt>${msg("model.figures.level.term")}</dt><dd>${msg("model.figures.level.text")}</dd>
<dt>${msg("model.figures.overall.term")}</dt><dd>${msg("model.figures.overall.text")}</dd>
<dt>${msg("model.figures.progress.term")}</dt><dd>${msg("model.figures.progress.text")}</dd>
<dt>${msg("model.figures.score.term")}</dt><dd>${msg("model.figures.score.text")}</dd>
<dt>${msg("model.figures.next-steps.term")}</dt><dd>${msg("model.figures.next-steps.text")}</dd>
<dt>${msg("model.figures.exempt.term")}</dt><dd>${msg("model.figures.exempt.text")}</dd>
<dt>${msg("model.figures.trend.term")}</dt><dd>${msg("model.figures.trend.text")}</dd>
<dt>${msg("model.figures.coverage.term")}</dt><dd>${msg("model.figures.coverage.text")}</dd>
<dt>${msg("model.figures.adoption.term")}</dt><dd>${msg("model.figures.adoption.text")}</dd>
<dt>${msg("model.figures.rating.term")}</dt><dd>${msg("model.figures.rating.text")}</dd>
<dt>${msg("model.figures.satisfaction.term")}</dt><dd>${msg("model.figures.satisfaction.text")}</dd>
<dt>${msg("model.figures.sums.term")}</dt><dd>${msg("model.figures.sums.text")}</dd>
<dt>${msg("model.figures.money.term")}</dt><dd>${msg("model.figures.money.text")}</dd>
<dt>${msg("model.figures.needs.term")}</dt><dd>${msg("model.figures.needs.text")}</dd>
<#if ownMetrics?has_content>
<dt>${msg("model.figures.own-metrics.term")}</dt><dd>${msg("model.figures.own-metrics.text")}</dd>
</#if>
<#if secondLook>
<dt>${msg("model.figures.second-look.term")}</dt><dd>${msg("model.figures.second-look", levelJump)}</dd>
</#if>
<dt>${msg("model.figures.stale.term")}</dt><dd>${msg("model.figures.stale", staleAfter)}</dd>
</dl>
</section>

<section aria-labelledby="metrics">
<h2 id="metrics">${msg("model.metrics")}</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="metrics-table"><table>
<caption id="metrics-table">${msg("model.metrics.caption")}</caption>
<thead><tr><th scope="col">${msg("column.metric")}</th><th scope="col">${msg("column.dimension")}</th><th scope="col">${msg("model.metrics.meaning")}</th><th scope="col">${msg("model.metrics.values")}</th></tr></thead>
<tbody>
<#list metrics as m><tr><th scope="row"><code>${m.id}</code></th><td>${m.dimension}</td><td>${m.label}</td><td>${m.type}</td></tr></#list>
</tbody>
</table></div>
</section>
<#if ownMetrics?has_content>

<section aria-labelledby="own-metrics">
<h2 id="own-metrics">${msg("model.own-metrics")}</h2>
<p>${msg("model.own-metrics.intro")}</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="own-metrics-table"><table class="own-metrics">
<caption id="own-metrics-table">${msg("model.own-metrics.caption")}</caption>
<thead><tr><th scope="col">${msg("column.metric")}</th><th scope="col">${msg("column.dimension")}</th><th scope="col">${msg("model.own-metrics.type")}</th><th scope="col">${msg("model.metrics.values")}</th><th scope="col">${msg("model.own-metrics.unit")}</th><th scope="col">${msg("model.own-metrics.better")}</th><th scope="col">${msg("model.own-metrics.rollup")}</th><th scope="col">${msg("model.own-metrics.agree-within")}</th><th scope="col">${msg("model.own-metrics.description")}</th></tr></thead>
<tbody>
<#list ownMetrics as m><tr id="metric-${m.id}"><th scope="row">${m.name} <code>${m.id}</code></th><td><a href="${root}${m.dimensionHref}">${m.dimension}</a></td><td>${m.type}</td><td>${m.values}</td><td>${m.unit}</td><td>${m.better}</td><td><code>${m.rollup}</code>: ${m.how}<#if m.headline>; ${msg("model.own-metrics.headline")}</#if></td><td class="num">${m.agreeWithin}</td><td><#if m.description?has_content>${m.description?no_esc}</#if></td></tr></#list>
</tbody>
</table></div>
</section>
</#if>
</@layout.page>
