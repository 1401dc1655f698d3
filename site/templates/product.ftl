<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site>
<h1>${product.name}</h1>
<#if product.description?has_content><div class="description">${product.description?no_esc}</div></#if>
<dl class="facts">
<#if product.owner?has_content><dt>${msg("campaign.facts.owner")}</dt><dd>${product.owner}</dd></#if>
<#if product.since?has_content><dt>${msg("product.since")}</dt><dd>${product.since}</dd></#if>
</dl>

<section aria-labelledby="adoption">
<h2 id="adoption">${msg("product.adoption")}</h2>
<p>${msg("product.adoption.intro")}</p>
<figure>
${adoptionChart?no_esc}
<figcaption>
<@layout.periodTable "adoption-table" msg("product.adoption.caption", product.name) history; part, h>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><th scope="col">${msg("figures.adoption.voluntary")}</th><th scope="col">${msg("figures.adoption.mandated")}</th><th scope="col">${msg("product.mean-rating")}</th><th scope="col">${msg("product.ratings")}</th><th scope="col">${msg("metrics.teams-assessed")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${h.period}</th><td class="num">${h.voluntary} (${h.voluntaryTeams})</td><td class="num">${h.mandated} (${h.mandatedTeams})</td><td class="num"><@layout.nodata h.rating/></td><td class="num">${h.ratings}</td><td class="num">${h.teams}</td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<section aria-labelledby="ratings">
<h2 id="ratings">${msg("product.ratings.heading")}</h2>
<p>${msg("product.ratings.intro")}</p>
${ratingChart?no_esc}
</section>

<section aria-labelledby="users">
<h2 id="users"><#if period?has_content>${msg("product.users.period", period)}<#else>${msg("product.users")}</#if></h2>
<#if users?has_content>
<@lists.productUsers usersList root/>
<#else>
<p><#if period?has_content>${msg("product.users.none.period", period)}<#else>${msg("product.users.none")}</#if></p>
</#if>
</section>
</@layout.page>
