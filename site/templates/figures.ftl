<#ftl output_format="HTML">
<#-- Views of roll-ups shared by the overview (the organisation) and a tribe's page (its teams). -->
<#import "layout.ftl" as layout>
<#macro cards headlines>
<ul class="cards">
<#list headlines as h>
  <li class="card">
    <span class="card-label">${h.label}</span>
    <span class="card-value"><@layout.nodata h.value/></span>
    <#if h.change?has_content><span class="card-change">${h.change}</span></#if>
    <span class="card-detail"><#if h.href??><a href="${h.href}">${h.detail}</a><#else>${h.detail}</#if></span>
  </li>
</#list>
</ul>
</#macro>
<#macro adoptionTable adoption period root>
<div class="scroll" role="region" tabindex="0" aria-labelledby="adoption-table"><table>
<caption id="adoption-table">Adoption by product, ${period}</caption>
<thead><tr><th scope="col">Product</th><th scope="col">Voluntary</th><th scope="col">Change</th><th scope="col">Mandated</th></tr></thead>
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
<@layout.periodTable "distribution-table" "Teams per overall level, by period" distribution; part, d>
<#if part == "head"><tr><th scope="col">Period</th><#list levels as l><th scope="col"><@layout.level l/></th></#list><th scope="col">Teams</th></tr>
<#elseif part == "row"><tr><th scope="row">${d.period}</th><#list d.counts as c><td class="num">${c}</td></#list><td class="num">${d.teams}</td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</#macro>
