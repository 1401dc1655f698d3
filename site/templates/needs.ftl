<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=title root=root site=site active="needs">
<h1>What teams need next</h1>
<p class="lead">The needs teams wrote in their <#if period?has_content>${period} </#if>assessments, in their own words, the most shared first.</p>
<#if needs?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="needs-table"><table>
<caption id="needs-table">Needs<#if period?has_content>, ${period}</#if></caption>
<thead><tr><th scope="col">Need</th><th scope="col">Teams</th><th scope="col">Which teams</th></tr></thead>
<tbody>
<#list needs as n>
<tr><th scope="row">${n.text}</th><td class="num">${n.count}</td><td><#list n.teams as t><a href="${root}${t.href}">${t.name}</a><#sep>, </#list></td></tr>
</#list>
</tbody>
</table></div>
<#else>
<p>No team gave a need for this period.</p>
</#if>
</@layout.page>
