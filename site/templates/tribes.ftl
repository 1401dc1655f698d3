<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=title root=root site=site active="tribes">
<h1>Tribes</h1>
<p class="lead">Teams grouped by the tribe their scorecard names<#if period?has_content>, with each tribe's figures for ${period}</#if>. Each tribe's page has its figures over time.</p>
<#if tribes?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="tribes-table"><table>
<caption id="tribes-table">Tribes<#if period?has_content>, ${period}</#if></caption>
<thead><tr><th scope="col">Tribe</th><th scope="col">Teams</th><th scope="col">Assessed<#if period?has_content> in ${period}</#if></th><th scope="col">DevOps-buddy coverage</th><th scope="col">CSAT</th><th scope="col">NPS</th><th scope="col">Stale teams</th></tr></thead>
<tbody>
<#list tribes as t>
<tr><th scope="row"><a href="${root}${t.href}">${t.name}</a></th><td class="num">${t.teams}</td><td class="num">${t.assessed}</td><td class="num"><@layout.nodata t.coverage/></td><td class="num"><@layout.nodata t.csat/></td><td class="num"><@layout.nodata t.nps/></td><td class="num">${t.stale}</td></tr>
</#list>
</tbody>
</table></div>
<#else>
<p>No scorecard names a tribe. A team joins one with <code>tribe:</code> in its file.</p>
</#if>
<#if withoutTribe?has_content>
<section aria-labelledby="without">
<h2 id="without">Teams in no tribe</h2>
<ul>
<#list withoutTribe as t><li><a href="${root}${t.href}">${t.name}</a></li></#list>
</ul>
</section>
</#if>
</@layout.page>
