<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<#import "figures.ftl" as figures>
<@layout.page title=title root=root site=site>
<h1>${dimension.name}</h1>
<#if dimension.description?has_content><div class="description">${dimension.description?no_esc}</div></#if>
<p>${msg("dimension.weight", dimension.weight)}</p>

<section aria-labelledby="levels">
<h2 id="levels">${msg("dimension.levels")}</h2>
<dl class="levels">
<#list levels as l>
<dt><@layout.level l.level/></dt>
<dd>
<#if l.description?has_content>${l.description?no_esc}</#if>
<#if l.checks?has_content><ul><#list l.checks as c><li>${c.metric}: ${c.wanted}</li></#list></ul><#elseif l?index == 0><p>${msg("dimension.levels.first")}</p><#else><p>${msg("dimension.levels.no-checks")}</p></#if>
</dd>
</#list>
</dl>
</section>

<section aria-labelledby="over-time">
<h2 id="over-time">${msg("dimension.over-time")}</h2>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "distribution-table" msg("dimension.over-time.caption", dimension.name) distribution true; part, d>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><#list allLevels as l><th scope="col"><@layout.level l/></th></#list></tr>
<#elseif part == "row"><tr><th scope="row">${d.period}</th><#list d.counts as c><td>${c}</td></#list></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<#if ownMetrics?has_content>
<section aria-labelledby="own-metrics">
<h2 id="own-metrics">${msg("dimension.own-metrics")}</h2>
<p>${msg("dimension.own-metrics.intro", dimension.name)}</p>
<@figures.ownMetrics ownMetrics/>
</section>

</#if>
<section aria-labelledby="teams">
<h2 id="teams">${msg("dimension.teams")}</h2>
<@lists.dimensionTeams teamsList root/>
</section>
</@layout.page>
