<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=title root=root site=site active="campaigns">
<h1>${msg("campaigns.heading")}</h1>
<p class="lead">${msg("campaigns.lead")}</p>
<#if campaigns?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="campaigns-table"><table>
<caption id="campaigns-table">${msg("campaigns.caption", site.period)}</caption>
<thead><tr><th scope="col">${msg("campaigns.campaign")}</th><th scope="col">${msg("campaigns.status")}</th><th scope="col">${msg("campaigns.meeting")}</th><th scope="col">${msg("campaigns.expected")}</th><th scope="col">${msg("campaigns.target")}</th><th scope="col">${msg("campaigns.deadline")}</th></tr></thead>
<tbody>
<#list campaigns as c><tr><th scope="row"><a href="${root}${c.href}">${c.name}</a></th><td><@layout.status c.status/></td><td class="num"><@layout.nodata c.share/><#if c.inScope gt 0> <span class="count">(${msg("campaigns.meeting.count", c.meeting, c.inScope)})</span></#if></td><td class="num"><@layout.nodata c.expected/></td><td class="num">${c.target}</td><td>${c.deadline}</td></tr></#list>
</tbody>
</table></div>
<#else>
<p>${msg("campaigns.none")}</p>
</#if>
</@layout.page>
