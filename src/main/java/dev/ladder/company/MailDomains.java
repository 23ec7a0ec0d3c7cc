package dev.ladder.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Mail domains: which prove nothing about an employer, and which of a company's a domain falls under. */
public final class MailDomains {
    /** A domain name as a company lists it: dot-separated labels of letters, digits and inner hyphens. */
    public static final String PATTERN =
            "^(?=.{4,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]$";

    /** Services anyone can sign up to: an address there says nothing about where its holder works. */
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com",
            "googlemail.com",
            "outlook.com",
            "hotmail.com",
            "hotmail.co.uk",
            "live.com",
            "msn.com",
            "yahoo.com",
            "yahoo.co.uk",
            "yahoo.co.jp",
            "ymail.com",
            "icloud.com",
            "me.com",
            "mac.com",
            "aol.com",
            "proton.me",
            "protonmail.com",
            "pm.me",
            "tutanota.com",
            "tuta.io",
            "gmx.com",
            "gmx.de",
            "gmx.net",
            "web.de",
            "mail.com",
            "zoho.com",
            "yandex.com",
            "yandex.ru",
            "mail.ru",
            "qq.com",
            "163.com",
            "126.com",
            "naver.com",
            "fastmail.com",
            "hey.com",
            "duck.com",
            "mailinator.com",
            "guerrillamail.com");

    private MailDomains() {}

    /** The domain of an address, lower case, without a trailing dot. */
    public static String ofAddress(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    /** The domain and each parent of it with at least two labels, most specific first: a.b.com, b.com. */
    public static List<String> withParents(String domain) {
        List<String> domains = new ArrayList<>();
        String rest = domain;
        while (rest.indexOf('.') > 0) {
            domains.add(rest);
            rest = rest.substring(rest.indexOf('.') + 1);
        }
        return domains;
    }

    /** Whether the domain, or a domain it is under, is a free mail service. */
    public static boolean isFreeMail(String domain) {
        return withParents(domain).stream().anyMatch(FREE_MAIL::contains);
    }
}
