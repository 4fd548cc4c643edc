package org.chartfolio.pksb;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The PKSB frameworks (the general PKSB, the PKSB for Knowledge Management) and which one
 * a portfolio assesses against: the one it was fixed to when it first chose an item, else
 * its route's.
 */
@Component
@RequiredArgsConstructor
class Frameworks {

	static final String GENERAL = "general";

	private final JdbcClient jdbc;

	/** One framework, named by its code in URLs and in the data export. */
	record Info(long id, String code, String name) {
	}

	List<Info> all() {
		return this.jdbc.sql("select id, code, name from pksb_framework order by position")
			.query((rs, n) -> new Info(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
			.list();
	}

	Optional<Info> byCode(String code) {
		return this.jdbc.sql("select id, code, name from pksb_framework where code = ?")
			.param(code)
			.query((rs, n) -> new Info(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
			.optional();
	}

	/**
	 * The portfolio's framework: the one it is fixed to, else its route's, else the
	 * general one.
	 */
	Info forPortfolio(long portfolioId) {
		return this.jdbc.sql("""
				select f.id, f.code, f.name
				from portfolio p join route r on r.id = p.route_id
				left join pksb_portfolio_framework pf on pf.portfolio_id = p.id
				join pksb_framework f on f.id = coalesce(pf.framework_id, r.pksb_framework_id,
				    (select g.id from pksb_framework g where g.code = 'general'))
				where p.id = ?""")
			.param(portfolioId)
			.query((rs, n) -> new Info(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
			.single();
	}

	/** Fixes the portfolio to the framework, unless it is fixed already. */
	void fix(long portfolioId, long frameworkId) {
		this.jdbc.sql("""
				insert into pksb_portfolio_framework (portfolio_id, framework_id) values (?, ?)
				on conflict (portfolio_id) do nothing""").params(portfolioId, frameworkId).update();
	}

}
