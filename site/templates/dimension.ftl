<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<#import "figures.ftl" as figures>
<@layout.page title=title root=root site=site>
<h1>${dimension.name}</h1>
<#if dimension.description?has_content><div class="description">${dimension.description?no_esc}</div></#if>
<p>Weight in the score: ${dimension.weight}.</p>

<section aria-labelledby="levels">
<h2 id="levels">What each level means</h2>
<dl class="levels">
<#list levels as l>
<dt><@layout.level l.level/></dt>
<dd>
<#if l.description?has_content>${l.description?no_esc}</#if>
<#if l.checks?has_content><ul><#list l.checks as c><li>${c.metric}: ${c.wanted}</li></#list></ul><#elseif l?index == 0><p>Every team starts here.</p><#else><p>No checks at this level.</p></#if>
</dd>
</#list>
</dl>
</section>

<section aria-labelledby="over-time">
<h2 id="over-time">Teams across the levels, over time</h2>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "distribution-table" "Teams per level of ${dimension.name}, by period" distribution; part, d>
<#if part == "head"><tr><th scope="col">Period</th><#list allLevels as l><th scope="col"><@layout.level l/></th></#list></tr>
<#elseif part == "row"><tr><th scope="row">${d.period}</th><#list d.counts as c><td class="num">${c}</td></#list></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<#if ownMetrics?has_content>
<section aria-labelledby="own-metrics">
<h2 id="own-metrics">Figures over time</h2>
<p>The organisation's figure of each metric the model adds to ${dimension.name}, over the teams assessed in each period. A figure of no values is "no data", never zero.</p>
<@figures.ownMetrics ownMetrics/>
</section>

</#if>
<section aria-labelledby="teams">
<h2 id="teams">Every team</h2>
<@lists.dimensionTeams teamsList root/>
</section>
</@layout.page>
