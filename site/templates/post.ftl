<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#include "jbake-site.ftl">
<@layout.page title=(content.title!msg("content.untitled")) root=content.rootpath site=site active="journal">
<article>
<h1>${content.title!msg("content.untitled")}</h1>
<p class="post-date"><time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string(msg("date.long")?markup_string)}</time></p>
<div class="content-body"><!--content-body-->${content.body?no_esc}<!--/content-body--></div>
</article>
<nav aria-label="${msg("journal.nav")}" class="post-nav">
<p><a href="${content.rootpath}journal/index.html">${msg("journal.all")}</a></p>
</nav>
</@layout.page>
