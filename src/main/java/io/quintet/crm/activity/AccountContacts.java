package io.quintet.crm.activity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quintet.crm.contact.ContactService;
import io.quintet.crm.contact.ContactView;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.timeline.TimelineRelations;
import io.quintet.crm.platform.timeline.TimelineSubject;
import io.smallrye.mutiny.Uni;

/** An account's timeline also shows what happened to its contacts (those the caller may see). */
@ApplicationScoped
class AccountContacts implements TimelineRelations {

    private final ContactService contacts;

    AccountContacts(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public String objectType() {
        return "account";
    }

    @Override
    public Uni<List<TimelineSubject>> related(UUID id) {
        if (!Permissions.allows(Caller.require(), contacts.objectType(), Action.READ)) {
            return Uni.createFrom().item(List.of());
        }
        return contacts.forAccounts(List.of(id)).map(found -> found.stream().map(ContactView::id)
                .map(contact -> new TimelineSubject(contacts.objectType(), contact)).toList());
    }
}
