<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=title root=root site=site active="campaigns">
<h1>Campaigns</h1>
<p class="lead">Goals with deadlines: the share of teams that must reach a goal by a date, followed period by period.</p>
<#if campaigns?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="campaigns-table"><table>
<caption id="campaigns-table">Every campaign at ${site.period}</caption>
<thead><tr><th scope="col">Campaign</th><th scope="col">Status</th><th scope="col">Meeting the goal</th><th scope="col">Expected by now</th><th scope="col">Target</th><th scope="col">Deadline</th></tr></thead>
<tbody>
<#list campaigns as c><tr><th scope="row"><a href="${root}${c.href}">${c.name}</a></th><td><@layout.status c.status/></td><td class="num"><@layout.nodata c.share/><#if c.inScope gt 0> <span class="count">(${c.meeting} of ${c.inScope})</span></#if></td><td class="num"><@layout.nodata c.expected/></td><td class="num">${c.target}</td><td>${c.deadline}</td></tr></#list>
</tbody>
</table></div>
<#else>
<p>No campaign yet. A campaign is a file <code>scorecards/campaigns/&lt;id&gt;.yaml</code> with a name, a start, a deadline, a goal and a target share of teams.</p>
</#if>
</@layout.page>
