package org.sobujang.query.web;

import java.util.ArrayDeque;
import java.util.Deque;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Caps operations per document and aliases per document. Depth and complexity do not see these: a document may
 * carry many operations of which one runs, and aliases let one cheap-looking field be asked for many times over.
 * Checked on the parsed document before execution, so nothing is fetched for a refused request.
 */
class DocumentLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final int maxOperations;
    private final int maxAliases;

    DocumentLimitsInstrumentation(int maxOperations, int maxAliases) {
        this.maxOperations = maxOperations;
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        Document document = parameters.getExecutionContext().getDocument();
        long operations = document.getDefinitions().stream().filter(OperationDefinition.class::isInstance).count();
        if (operations > maxOperations) {
            throw new LimitExceeded("The document has " + operations + " operations; at most " + maxOperations
                                    + " are allowed");
        }
        int aliases = aliases(document);
        if (aliases > maxAliases) {
            throw new LimitExceeded("The document uses " + aliases + " aliases; at most " + maxAliases
                                    + " are allowed");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Every aliased field in every operation and fragment, walked without recursion. */
    static int aliases(Document document) {
        Deque<SelectionSet> pending = new ArrayDeque<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation && operation.getSelectionSet() != null) {
                pending.push(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment && fragment.getSelectionSet() != null) {
                pending.push(fragment.getSelectionSet());
            }
        }
        int aliases = 0;
        while (!pending.isEmpty()) {
            for (Selection<?> selection : pending.pop().getSelections()) {
                if (selection instanceof Field field) {
                    if (field.getAlias() != null) {
                        aliases++;
                    }
                    if (field.getSelectionSet() != null) {
                        pending.push(field.getSelectionSet());
                    }
                } else if (selection instanceof InlineFragment inline && inline.getSelectionSet() != null) {
                    pending.push(inline.getSelectionSet());
                }
            }
        }
        return aliases;
    }
}
