<#ftl output_format="HTML">
<#-- Views of roll-ups shared by the overview (the organisation) and a tribe's page (its teams). -->
<#import "layout.ftl" as layout>
<#macro cards headlines>
<ul class="cards">
<#list headlines as h>
<li class="card">
<span class="card-label">${h.label}</span>
<span class="card-value"><@layout.nodata h.value/></span>
<#if h.change?has_content><span class="card-change">${h.change}</span>
</#if><span class="card-detail"><#if h.href??><a href="${h.href}">${h.detail}</a><#else>${h.detail}</#if></span></li>
</#list>
</ul>
</#macro>
<#macro adoptionTable adoption period root>
<div class="scroll" role="region" tabindex="0" aria-labelledby="adoption-table"><table>
<caption id="adoption-table">${msg("figures.adoption.caption", period)}</caption>
<thead><tr><th scope="col">${msg("figures.adoption.product")}</th><th scope="col">${msg("figures.adoption.voluntary")}</th><th scope="col">${msg("figures.adoption.change")}</th><th scope="col">${msg("figures.adoption.mandated")}</th></tr></thead>
<tbody>
<#list adoption as p>
<tr><th scope="row"><a href="${root}${p.href}">${p.name}</a></th><td class="num">${p.voluntary}</td><td class="num">${p.voluntaryChange}</td><td class="num">${p.mandated}</td></tr>
</#list>
</tbody>
</table></div>
</#macro>
<#macro distributionFigure chart levels distribution>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "distribution-table" msg("figures.distribution.caption") distribution true; part, d>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><#list levels as l><th scope="col"><@layout.level l/></th></#list><th scope="col">${msg("column.teams")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${d.period}</th><#list d.counts as c><td>${c}</td></#list><td>${d.teams}</td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</#macro>
<#-- The model's own metrics, each with how it rolls up, its chart and its table by period. -->
<#macro ownMetrics metrics>
<#list metrics as m>
<h3 id="metric-${m.id}">${m.name}</h3>
<#if m.description?has_content><div class="description">${m.description?no_esc}</div></#if>
<p class="how">${m.how?cap_first}<#if m.better?has_content>; ${msg("metrics.better", m.better)}</#if>.</p>
<#if m.kind != "none">
<figure>
<#if m.chart?has_content>${m.chart?no_esc}</#if>
<figcaption>
<@layout.periodTable "metric-${m.id}-table" msg("metrics.caption", m.name) m.rows true; part, r>
<#if m.kind == "distribution">
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><#list m.choices as c><th scope="col">${c}</th></#list><th scope="col">${msg("metrics.no-data")}</th><th scope="col">${msg("metrics.teams-assessed")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${r.period}</th><#list r.counts as c><td>${c}</td></#list><td>${r.noData}</td><td>${r.teams}</td></tr>
</#if>
<#else>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><th scope="col">${m.name}</th><th scope="col">${msg("metrics.teams-with-value")}</th><th scope="col">${msg("metrics.teams-assessed")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${r.period}</th><td><@layout.nodata r.value/></td><td>${r.given}</td><td>${r.teams}</td></tr>
</#if>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</#if>
</#list>
</#macro>
